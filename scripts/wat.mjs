// Compiles the project's WebAssembly text (.wat) to bytes with WABT: a Vite plugin (app, Vitest) and an esbuild plugin (bench).
// `import bytes from './x.wat'` gives the module's bytes as a Uint8Array; `./x.wat?raw` stays Vite's text import.
import { readFileSync } from 'node:fs';
import wabtInit from 'wabt';

/** Only the threads proposal (shared memory, atomics, wait/notify) beyond the core language. */
const FEATURES = { threads: true };

let wabt;

/**
 * The bytes of one .wat file. WABT validates the module (types, stack, labels) and reports errors
 * with file, line and column; the output depends only on the text, so builds are byte-identical.
 * Names are kept (the name section) so stack traces and machine-code listings show them.
 */
export async function compileWat(path, source = readFileSync(path, 'utf8')) {
  wabt ??= wabtInit();
  const tools = await wabt;
  let mod;
  try {
    // WABT reads the name as a C string: without the terminator it prints stray bytes after it.
    mod = tools.parseWat(`${path}\0`, source, FEATURES);
    mod.resolveNames();
    mod.validate(FEATURES);
    return Uint8Array.from(mod.toBinary({ write_debug_names: true }).buffer);
  } catch (e) {
    // WABT's own message (file:line:column, the line, a caret) without its minified stack.
    throw new Error(e instanceof Error ? e.message : String(e));
  } finally {
    mod?.destroy();
  }
}

/** A JavaScript module whose default export is the bytes (base64 keeps it short and exact). */
async function watModule(path) {
  const base64 = Buffer.from(await compileWat(path)).toString('base64');
  return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));\n`;
}

export function watPlugin() {
  return {
    name: 'racelab:wat',
    load: {
      // A query (?raw, ?url) is someone else's import of the same file.
      filter: { id: /\.wat$/ },
      handler: (id) => (id.endsWith('.wat') ? watModule(id) : null),
    },
  };
}

export function watEsbuildPlugin() {
  return {
    name: 'racelab:wat',
    setup(build) {
      build.onLoad({ filter: /\.wat$/ }, async ({ path }) => ({ contents: await watModule(path), loader: 'js' }));
    },
  };
}
