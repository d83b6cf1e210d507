// The browser's answers the store needs, read once by the page and handed to the store.
import { wasmThreadsAvailable } from '../core/wasm/wasmThreads.ts';
import type { Platform } from '../state/platform.ts';

export function readPlatform(): Platform {
  return {
    cores: (typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency) || 1,
    wasmThreads: wasmThreadsAvailable(),
  };
}
