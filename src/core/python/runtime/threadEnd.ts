// What happens when a thread's last frame returns or an exception leaves it: the thread ends,
// its process may end, and an uncaught exception is printed to stderr as CPython prints it.
// Concurrency contract: single-threaded; called by the scheduler right after the step.
import { Exc, excMatches } from '../values/types.ts';
import { Life, type Machine, type ThreadRec } from './machine.ts';

export function finishThread(m: Machine, rec: ThreadRec, raised: boolean): void {
  rec.life = raised ? Life.failed : Life.done;
  m.epoch++;
  const proc = m.processes[rec.process]!;
  const isMain = proc.threads[0] === rec.id;
  if (raised) {
    const exc = rec.vm.error;
    // SystemExit ends a thread (or a process) quietly, as in CPython.
    const quiet = exc !== null && excMatches(exc, Exc.SystemExit);
    if (!quiet) {
      const text = m.engine.formatException(exc);
      let header = '';
      if (!isMain) header = `Exception in thread ${rec.vm.name}:\n`;
      else if (proc.id !== 0) header = `Process ${proc.name}:\n`;
      m.running = rec.id;
      m.write('stderr', header + text);
    }
  }
  if (isMain && proc.id !== 0) proc.exitcode = raised ? 1 : 0;
}
