// What the store needs to know of the machine it runs on. The page reads it (ui/platform.ts) and hands
// it in, so that state/ reads no browser global and runs the same in Node.
export interface Platform {
  /** Logical cores the page may use: what a sweep's `upto=0` default doubles. */
  readonly cores: number;
  /** WebAssembly threads run here (a shared WebAssembly.Memory and its atomics): else the JavaScript engine runs. */
  readonly wasmThreads: boolean;
}

/** Before the page says otherwise (and in Node tests): one core, no WebAssembly threads. */
export const NO_PLATFORM: Platform = { cores: 1, wasmThreads: false };
