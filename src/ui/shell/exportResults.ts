// What "Download results" saves: the settings, the bare numbers of the run, the machine it ran on,
// and the link that reopens it. Pure, so the document's shape is tested without a browser.

export interface MachineInfo {
  readonly cores: number;
  readonly userAgent: string;
  readonly crossOriginIsolated: boolean;
  /** Approximate device memory in GiB where the browser tells (Chromium), else null. */
  readonly memoryGiB: number | null;
}

export interface ResultsDocument<P, R> {
  readonly app: 'RaceLab';
  readonly lab: string;
  readonly savedAt: string;
  readonly link: string;
  readonly params: P;
  readonly results: R;
  readonly machine: MachineInfo;
}

export function resultsDocument<P, R>(lab: string, params: P, results: R, link: string, machine: MachineInfo, at: Date): ResultsDocument<P, R> {
  return { app: 'RaceLab', lab, savedAt: at.toISOString(), link, params, results, machine };
}

/** JSON with every number as a number: NaN and ±Infinity (no value) become null, as JSON requires. */
export function toJson(doc: unknown): string {
  return `${JSON.stringify(doc, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}

/** `racelab-counter-2026-01-31-14-05-09.json`: sortable, and safe on every file system. */
export function fileName(lab: string, what: string, ext: string, at: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}-${pad(at.getMinutes())}-${pad(at.getSeconds())}`;
  return `racelab-${lab}-${what}-${stamp}.${ext}`;
}

/** Starts a download of `blob` as `name` (a temporary link, clicked, then let go). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click returns: let go of it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function machineInfo(): MachineInfo {
  const nav = navigator as Navigator & { deviceMemory?: number };
  return {
    cores: nav.hardwareConcurrency || 0,
    userAgent: nav.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated,
    memoryGiB: typeof nav.deviceMemory === 'number' ? nav.deviceMemory : null,
  };
}
