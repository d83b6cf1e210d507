// How each instruction changes the value stack's depth (CPython 3.12's stack_effect), for the
// stack-size computation and the exception table's depths.
import { OP } from '../code.ts';

/** Pseudo-instructions of the compiler, removed before a code object is built (as CPython's). */
export const PSEUDO = {
  SETUP_FINALLY: 256, SETUP_CLEANUP: 257, SETUP_WITH: 258, POP_BLOCK: 259, JUMP: 260,
  JUMP_NO_INTERRUPT: 261,
} as const;

/** Stack effect of `op` with `arg`; `jump` selects the effect when the jump is taken. */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case OP.NOP: case OP.RESUME: case OP.MAKE_CELL: case OP.COPY_FREE_VARS: case OP.KW_NAMES:
    case OP.SWAP: case OP.JUMP_FORWARD: case OP.JUMP_BACKWARD: case OP.JUMP_BACKWARD_NO_INTERRUPT:
    case OP.UNARY_NEGATIVE: case OP.UNARY_NOT: case OP.UNARY_INVERT: case OP.CALL_INTRINSIC_1:
    case OP.GET_ITER: case OP.DELETE_NAME: case OP.DELETE_GLOBAL:
    case OP.DELETE_FAST: case OP.DELETE_DEREF: case OP.SETUP_ANNOTATIONS:
      return 0;
    case PSEUDO.JUMP: case PSEUDO.JUMP_NO_INTERRUPT: case PSEUDO.POP_BLOCK:
      return 0;
    case PSEUDO.SETUP_FINALLY: return jump ? 1 : 0;
    case PSEUDO.SETUP_CLEANUP: return jump ? 2 : 0;
    case PSEUDO.SETUP_WITH: return jump ? 1 : 0;
    case OP.POP_TOP: case OP.RETURN_VALUE: case OP.STORE_NAME: case OP.STORE_GLOBAL:
    case OP.STORE_FAST: case OP.STORE_DEREF: case OP.DELETE_ATTR: case OP.POP_EXCEPT:
    case OP.LIST_APPEND: case OP.SET_ADD: case OP.LIST_EXTEND: case OP.SET_UPDATE:
    case OP.DICT_UPDATE: case OP.DICT_MERGE: case OP.BINARY_SUBSCR: case OP.BINARY_OP:
    case OP.COMPARE_OP: case OP.IS_OP: case OP.CONTAINS_OP: case OP.POP_JUMP_IF_FALSE:
    case OP.POP_JUMP_IF_TRUE: case OP.POP_JUMP_IF_NONE: case OP.POP_JUMP_IF_NOT_NONE:
    case OP.IMPORT_NAME: case OP.CALL_INTRINSIC_2: case OP.END_SEND: case OP.RERAISE:
      return -1;
    case OP.PUSH_NULL: case OP.LOAD_CONST: case OP.LOAD_NAME: case OP.LOAD_FAST:
    case OP.LOAD_FAST_CHECK: case OP.LOAD_FAST_AND_CLEAR: case OP.LOAD_CLOSURE: case OP.LOAD_DEREF:
    case OP.COPY: case OP.IMPORT_FROM: case OP.LOAD_BUILD_CLASS: case OP.LOAD_ASSERTION_ERROR:
    case OP.PUSH_EXC_INFO: case OP.BEFORE_WITH: case OP.WITH_EXCEPT_START: case OP.LOAD_LOCALS:
      return 1;
    case OP.RETURN_CONST: return 0;
    case OP.END_FOR: return -2;
    case OP.STORE_ATTR: return -2;
    case OP.STORE_SUBSCR: return -3;
    case OP.DELETE_SUBSCR: return -2;
    case OP.BINARY_SLICE: return -2;
    case OP.STORE_SLICE: return -4;
    case OP.BUILD_SLICE: return arg === 3 ? -2 : -1;
    case OP.LOAD_GLOBAL: return 1 + (arg & 1);
    case OP.LOAD_ATTR: return arg & 1;
    case OP.CHECK_EXC_MATCH: return 0;
    case OP.BUILD_TUPLE: case OP.BUILD_LIST: case OP.BUILD_SET: case OP.BUILD_STRING: return 1 - arg;
    case OP.BUILD_MAP: return 1 - 2 * arg;
    case OP.BUILD_CONST_KEY_MAP: return -arg;
    case OP.MAP_ADD: return -2;
    case OP.UNPACK_SEQUENCE: return arg - 1;
    case OP.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP.FORMAT_VALUE: return (arg & 4) === 4 ? -1 : 0;
    case OP.FOR_ITER: return 1;
    case OP.CALL: return -arg - 1;
    case OP.CALL_FUNCTION_EX: return -2 - (arg & 1);
    case OP.MAKE_FUNCTION:
      return -((arg & 1) !== 0 ? 1 : 0) - ((arg & 2) !== 0 ? 1 : 0) - ((arg & 4) !== 0 ? 1 : 0) - ((arg & 8) !== 0 ? 1 : 0);
    case OP.RAISE_VARARGS: return -arg;
    case OP.YIELD_VALUE: return 0;
    case OP.GET_YIELD_FROM_ITER: return 0;
    case OP.RETURN_GENERATOR: return 0;
    case OP.SEND: return 0;
    case OP.CLEANUP_THROW: return -1;
    case OP.LOAD_FROM_DICT_OR_DEREF: return 0;
    default:
      throw new Error(`no stack effect for opcode ${op}`);
  }
}
