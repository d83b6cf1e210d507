// Golden listings: CPython 3.12's `dis` of each fixture program (recorded by scripts/python), and
// the comparison of our listings with them that the golden tests and the diff script share.
import { codeObjects, disassemble } from './dis.ts';
import type { CodeObject } from '../code.ts';

export interface RecordedInstr {
  readonly index: number;
  readonly line: number | null;
  readonly opname: string;
  readonly arg: number | null;
  readonly argrepr: string;
  readonly jump: number | null;
}

export interface RecordedCode {
  readonly name: string;
  readonly qualname: string;
  readonly instructions: readonly RecordedInstr[];
}

export interface Recorded {
  readonly program: string;
  readonly code: readonly RecordedCode[];
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

/**
 * Instructions that read or write shared state, or decide where a thread can switch: their
 * names, arguments and order must match CPython's exactly.
 */
export const SHARED_STATE_OPS: ReadonlySet<string> = new Set([
  'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL',
  'LOAD_DEREF', 'STORE_DEREF', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'BINARY_SUBSCR',
  'STORE_SUBSCR', 'DELETE_SUBSCR', 'BINARY_SLICE', 'STORE_SLICE', 'BINARY_OP', 'CALL',
  'GET_ITER', 'FOR_ITER', 'BEFORE_WITH', 'JUMP_BACKWARD', 'RESUME', 'IMPORT_NAME', 'IMPORT_FROM',
]);

/** One line per instruction: `opname argrepr` (jumps as `-> index`). */
export function rows(code: CodeObject): string[] {
  return disassemble(code).map((r) => `${r.opname} ${r.jump !== null ? `-> ${r.jump}` : r.argrepr}`.trim());
}

export function recordedRows(code: RecordedCode): string[] {
  return code.instructions.map((r) => `${r.opname} ${r.jump !== null ? `-> ${r.jump}` : r.argrepr}`.trim());
}

/** Each instruction's line as `dis` gives it (null: none), so the editor marks the line CPython would. */
export function lines(code: CodeObject): (number | null)[] {
  return disassemble(code).map((r) => r.line);
}

export function recordedLines(code: RecordedCode): (number | null)[] {
  return code.instructions.map((r) => r.line);
}

export function sharedOnly(lines: readonly string[]): string[] {
  return lines.filter((l) => SHARED_STATE_OPS.has(l.split(' ')[0] ?? '')).map((l) => (l.startsWith('JUMP_BACKWARD') ? 'JUMP_BACKWARD' : l));
}

/** Our code objects paired with CPython's, in `dis` order. */
export function pairs(code: CodeObject, recorded: Recorded): { ours: CodeObject | undefined; theirs: RecordedCode }[] {
  const ours = codeObjects(code);
  return recorded.code.map((theirs, i) => ({ ours: ours[i], theirs }));
}
