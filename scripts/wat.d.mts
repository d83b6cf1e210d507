// Types for wat.mjs, so vite.config.ts and vitest.config.ts can import the plugin under strict TypeScript.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export declare function compileWat(path: string, source?: string): Promise<Uint8Array>;
export declare function watPlugin(): Plugin;
export declare function watEsbuildPlugin(): EsbuildPlugin;
