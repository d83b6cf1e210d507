// Installs the project's npm packages when any is missing, so `npm test` works straight after a clone.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from './steps.mjs';

/** Names of the declared packages that node_modules lacks. */
export function missingPackages(root = process.cwd()) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  return names.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
}

/** A step that runs `npm ci` (or `npm install` without a lockfile) only when something is missing. */
export function dependenciesStep(root = process.cwd()) {
  const lockfile = existsSync(join(root, 'package-lock.json'));
  const args = [lockfile ? 'ci' : 'install', '--no-audit', '--no-fund'];
  return {
    name: 'dependencies',
    label: `npm ${args[0]} when packages are missing`,
    run: async () => {
      const missing = missingPackages(root);
      if (missing.length === 0) {
        console.log('All declared packages are installed.');
        return;
      }
      console.log(`Missing ${missing.length} package(s), e.g. ${missing.slice(0, 3).join(', ')}.`);
      await exec('npm', args, { cwd: root });
    },
  };
}
