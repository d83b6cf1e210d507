// `npm test`: every check in order — dependencies, typecheck and lint (side by side), unit and thread
// tests, end-to-end, and a smoke run of the benchmark harness.
// Imports only Node built-ins and sibling scripts: npm packages may not be installed yet.
import { fileURLToPath } from 'node:url';
import { dependenciesStep } from './deps.mjs';
import { e2eSteps } from './e2e.mjs';
import { command, runSteps, together } from './steps.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

await runSteps('npm test', [
  dependenciesStep(),
  // Both are single-threaded: on two cores they take as long together as lint alone.
  together(command('typecheck', 'npm', ['run', 'typecheck']), command('lint', 'npm', ['run', 'lint'])),
  command('unit', 'npx', ['vitest', 'run']),
  ...e2eSteps(),
  // The benchmark harness, exercised on tiny sizes so it never rots; its numbers are not judged.
  command('bench smoke', 'npm', ['run', 'bench', '--', '--quick']),
]);
