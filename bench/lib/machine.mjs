// What the numbers were measured on; recorded, with the date, in every results file.
import { availableParallelism, cpus, platform, arch, release, totalmem } from 'node:os';

export function machineInfo(chromiumVersion) {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    chromium: chromiumVersion ?? null,
  };
}
