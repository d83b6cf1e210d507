// The bench run: flags, machine info, each suite in turn, one results file per suite, README tables.
import { join } from 'node:path';
import { chromiumVersion } from './lib/chromium.mjs';
import { BUSY, otherCpuUse } from './lib/cpuUse.mjs';
import { machineInfo } from './lib/machine.mjs';
import { parseOptions, USAGE } from './lib/options.mjs';
import { writeResults } from './lib/results.mjs';
import { renderReadme } from './readme/render.mjs';
import { runAppSuite } from './suites/app.mjs';
import { runChromiumSuite } from './suites/chromium.mjs';
import { runNativeSuite } from './suites/native.mjs';
import { runNodeSuite } from './suites/node.mjs';
import { runPythonSuite } from './suites/python.mjs';
import { runExploreSuite } from './suites/explore.mjs';
import { runQueueChromiumSuite } from './suites/queueChromium.mjs';
import { runQueueNodeSuite } from './suites/queueNode.mjs';
import { runWasmSuite } from './suites/wasm.mjs';
import { profileQueueCell } from './queue/profile.mjs';

const RUNNERS = {
  node: runNodeSuite,
  chromium: runChromiumSuite,
  native: runNativeSuite,
  app: runAppSuite,
  'queue-node': runQueueNodeSuite,
  'queue-chromium': runQueueChromiumSuite,
  python: runPythonSuite,
  explore: runExploreSuite,
  wasm: runWasmSuite,
};

export async function main({ root, benchDir, argv }) {
  const opts = parseOptions(argv);
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const buildDir = join(benchDir, '.build');
  // Quick numbers mean nothing: they never overwrite the recorded results or the README.
  const outDir = opts.quick ? join(buildDir, 'quick') : benchDir;
  const resultsDir = join(outDir, 'results');
  const machine = machineInfo(await chromiumVersion());
  const log = (line) => console.log(`  ${line}`);
  const ctx = { root, benchDir, buildDir, resultsDir, plan: opts.plan, quick: opts.quick, machine, log };
  console.log(`bench${opts.quick ? ' --quick' : ''} on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, Chromium ${machine.chromium ?? 'none'}`);
  if (opts.profile) {
    await profileQueueCell(ctx, opts.profile);
    return 0;
  }

  let failed = false;
  for (const suite of opts.suites) {
    console.log(`[${suite}]`);
    // Other work on the machine skews every number: record how busy it was when the suite began.
    const busyAtStart = await otherCpuUse(opts.quick ? 200 : 1000);
    const date = new Date().toISOString();
    const t0 = performance.now();
    if (busyAtStart > BUSY) console.log(`  warning: other work uses ${Math.round(busyAtStart * 100)} % of the CPUs: numbers will be inflated`);
    let data;
    try {
      data = await RUNNERS[suite](ctx);
      if (data.skipped) console.log(`  skipped: ${data.skipped}`);
      // A safe queue that lost, duplicated or reordered an item fails the bench, numbers or not.
      if (data.failures?.length > 0) {
        failed = true;
        console.error(`  FAILED: ${data.failures.length} run(s) not exactly-once, listed in ${suite}.json`);
      }
    } catch (e) {
      failed = true;
      console.error(e);
      data = { error: e instanceof Error ? e.message : String(e) };
    }
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    writeResults(resultsDir, suite, { suite, quick: opts.quick, machine: { ...machine, date }, busyAtStart, seconds, plan: opts.plan, ...data });
    console.log(`  ${seconds} s`);
  }
  renderReadme(join(benchDir, 'README.md'), join(outDir, 'README.md'), resultsDir);
  console.log(`results: ${opts.quick ? 'bench/.build/quick/' : 'bench/'}results/*.json and README.md`);
  return failed ? 1 : 0;
}
