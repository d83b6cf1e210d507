// What the machine reads of the eval loop's threads and frames: the classes of vm/frame.ts, and a
// structural test for frames so the state key can treat their dead stack slots as dead.
export { StepKind, ThreadState, VmThread } from '../vm/frame.ts';
export type { Frame as FrameShape } from '../vm/frame.ts';
import type { Frame } from '../vm/frame.ts';

/** A frame of the eval loop: its value stack is live only below `sp`. */
export function isFrame(o: object): o is Frame {
  return 'sp' in o && 'stack' in o && 'code' in o && 'locals' in o;
}
