// The Python lab's worker API, exposed over Comlink (its type is pythonApiTypes.ts): compile a
// program for the editor and list its instructions. The interpreter runs only here, never on the
// page's thread; stepping, Run and the searches answer with their reason until the machine that
// runs programs is part of this build.
import { compileProgram } from './pythonProgram.ts';
import type { PythonApi } from './pythonApiTypes.ts';

const NO_MACHINE = 'Stepping and running need the interpreter’s machine, which this build does not include yet; the program is checked and listed.';

export const pythonApi: PythonApi = {
  ping: () => 'pong',
  check(source) {
    const c = compileProgram(source);
    return c.ok ? { errors: [], listing: c.listing } : { errors: c.errors, listing: [] };
  },
  open(source) {
    const c = compileProgram(source);
    return c.ok ? { ok: false, errors: [], reason: NO_MACHINE } : { ok: false, errors: c.errors };
  },
  step: () => null,
  seek: () => null,
  load: () => null,
  run: () => null,
  explore: () => Promise.resolve(null),
  sample: () => Promise.resolve(null),
  stop: () => undefined,
};
