// Exceptions in the eval loop: unwinding frames through each code object's exception table,
// recording the traceback as CPython does, ending the thread when nothing handles it.
import type { PyException } from '../values/types.ts';
import { StepKind, ThreadState, type Frame, type VmThread } from './frame.ts';
import { lineOf } from '../code.ts';
import type { FrameEntry } from './traceback.ts';

/** Maximum frames on one thread's stack, CPython's default recursion limit. */
export const RECURSION_LIMIT = 1000;

function note(exc: PyException, f: Frame): void {
  const entry: FrameEntry = { name: f.code.name, line: lineOf(f.code, f.lasti), filename: f.code.filename, code: f.code, index: f.lasti };
  exc.traceback.unshift(entry);
}

/**
 * Raises `exc` at the running instruction of `thread`: jumps to the handler that covers it, or
 * pops frames until one does; with none, the thread fails. `fresh` adds the raising line.
 */
export function raiseInThread(thread: VmThread, exc: PyException, fresh: boolean): StepKind {
  if (fresh) {
    const current = thread.excInfo[thread.excInfo.length - 1];
    if (current !== undefined && current !== exc && exc.context === null) exc.context = current;
  }
  let first = fresh;
  for (;;) {
    const f = thread.frames[thread.frames.length - 1];
    if (f === undefined) {
      if (thread.bootstrap.length > 0) exc.traceback.unshift(...thread.bootstrap);
      thread.state = ThreadState.Failed;
      thread.error = exc;
      thread.blocked = null;
      return StepKind.Raised;
    }
    if (first) note(exc, f);
    first = true;
    const at = f.lasti;
    const entry = f.code.exceptionTable.find((e) => at >= e.start && at < e.end);
    if (entry !== undefined) {
      for (let i = entry.depth; i < f.sp; i++) f.stack[i] = undefined;
      f.sp = entry.depth;
      if (entry.lasti) f.stack[f.sp++] = at;
      f.stack[f.sp++] = exc;
      f.pc = entry.target;
      f.kwNames = null;
      thread.state = ThreadState.Ready;
      thread.blocked = null;
      return StepKind.Normal;
    }
    thread.frames.pop();
  }
}
