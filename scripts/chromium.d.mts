// Types for chromium.mjs, so playwright.config.ts can import the finder under strict TypeScript.

export declare const CHROMIUM_ENV: 'RACELAB_CHROMIUM';

export interface FoundChromium {
  path: string;
  source: 'CHROMIUM_PATH' | 'RACELAB_CHROMIUM' | 'Playwright' | 'system' | 'apt-get';
}

export declare function findChromium(env?: NodeJS.ProcessEnv): FoundChromium | null;
export declare function ensureChromium(): FoundChromium;
export declare function chromiumArgs(): string[];
