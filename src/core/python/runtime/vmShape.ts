// What the machine reads of the eval loop's threads and frames (vm/frame.ts defines the classes,
// with these fields). Kept structural so the scheduler depends on the shape, not on the loop.
import type { CodeObject } from '../code.ts';
import type { Blocked, PyException, PyValue } from '../values/types.ts';

/** What one `execOne` did (values as vm/frame.ts's StepKind). */
export const StepKind = { Normal: 0, Resume: 1, BackJump: 2, CallReturned: 3, Blocked: 4, Finished: 5, Raised: 6 } as const;

/** The eval loop's thread states (values as vm/frame.ts's ThreadState). */
export const ThreadState = { Ready: 0, Blocked: 1, Finished: 2, Failed: 3 } as const;

export interface FrameShape {
  readonly code: CodeObject;
  pc: number;
  sp: number;
  readonly stack: (PyValue | undefined)[];
  readonly locals: (PyValue | undefined)[];
}

export interface VmThread {
  readonly id: number;
  name: string;
  readonly frames: FrameShape[];
  state: number;
  blocked: Blocked | null;
  error: PyException | null;
  readonly top: FrameShape | undefined;
}

/** A frame of the eval loop: its value stack is live only below `sp`. */
export function isFrame(o: object): o is FrameShape {
  return 'sp' in o && 'stack' in o && 'code' in o && 'locals' in o;
}
