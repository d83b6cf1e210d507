// Page object of the engine setting and the code panel's tabs, shared by the Counter, Queue and Scaling labs.
import { expect, type Locator, type Page } from '@playwright/test';

export type EngineName = 'JavaScript' | 'WebAssembly' | 'Both';

export class EngineSetting {
  readonly page: Page;
  readonly group: Locator;
  /** Shown in place of the engine's summary where WebAssembly threads cannot run. */
  readonly fallback: Locator;

  constructor(page: Page) {
    this.page = page;
    this.group = page.getByRole('group', { name: 'Engine', exact: true });
    this.fallback = page.getByTestId('engine-fallback');
  }

  choice(name: EngineName): Locator {
    return this.group.getByRole('radio', { name, exact: true });
  }

  async expectChosen(name: EngineName): Promise<void> {
    await expect(this.choice(name)).toBeChecked();
  }

  /** One tab of the code panel ('JavaScript (this page)', 'WebAssembly', 'Python'). */
  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** The code panel's shown code. */
  get code(): Locator {
    return this.page.getByRole('tabpanel').locator('pre code');
  }
}

/**
 * Makes the page's WebAssembly.Memory refuse `shared: true`, as a browser without WebAssembly threads
 * does, while SharedArrayBuffer and Atomics stay: the JavaScript engine can still run.
 */
export async function withoutWasmThreads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Original = WebAssembly.Memory;
    const Refusing = function Memory(descriptor: WebAssembly.MemoryDescriptor) {
      if (descriptor.shared) throw new TypeError('WebAssembly.Memory: shared memory is not supported');
      return new Original(descriptor);
    };
    Object.defineProperty(WebAssembly, 'Memory', { value: Refusing, configurable: true, writable: true });
  });
}
