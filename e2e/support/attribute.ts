// Waits for an element's attribute to match, watched inside the page, then asserts it as usual.
//
// Why: a locator assertion re-polls every 500 ms once its first quick tries are spent, so a run
// that ends between two polls is seen up to half a second late, and a suite waits on hundreds of
// run ends. Here a MutationObserver sees the change at once; the assertion that follows passes on
// its first try, or, when the wait ran out, fails with the matcher's own message.
import { expect, type Locator } from '@playwright/test';

/** How often the page looks whether the element it watches is still the one on screen. */
const RECHECK_MS = 100;
/** The matcher's last look when the wait inside the page has used up the time. */
const MIN_LAST_LOOK_MS = 50;

export async function expectAttribute(locator: Locator, name: string, expected: string | RegExp, timeout: number): Promise<void> {
  const started = Date.now();
  const pattern = typeof expected === 'string' ? { source: `^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' } : expected;
  const seen = await locator
    .evaluate(
      (el, { name, source, flags, ms, recheckMs }) =>
        new Promise<boolean>((resolve) => {
          const re = new RegExp(source, flags);
          const matches = (): boolean => {
            const value = el.getAttribute(name);
            return value !== null && re.test(value);
          };
          // Declared before anything can call end(): an observer's callback may come first.
          const timers: { recheck?: ReturnType<typeof setInterval>; deadline?: ReturnType<typeof setTimeout> } = {};
          let settled = false;
          const end = (): void => {
            if (settled) return;
            settled = true;
            observer.disconnect();
            clearInterval(timers.recheck);
            clearTimeout(timers.deadline);
            resolve(matches());
          };
          const observer = new MutationObserver(() => {
            if (matches()) end();
          });
          observer.observe(el, { attributes: true, attributeFilter: [name] });
          // A re-rendered element replaces this one: the matcher below then takes over the wait.
          timers.recheck = setInterval(() => {
            if (!el.isConnected || matches()) end();
          }, recheckMs);
          timers.deadline = setTimeout(end, ms);
          if (matches()) end();
        }),
      // Everything the page needs goes in here: the function runs there, away from this module.
      { name, source: pattern.source, flags: pattern.flags, ms: timeout, recheckMs: RECHECK_MS },
      { timeout },
    )
    // A page that navigates or closes ends the watch; the matcher below reports what it finds.
    .catch(() => false);
  // Seen: the matcher confirms it at its first try. Not seen: it gets what is left of the time
  // (a few milliseconds at least, as 0 would mean no limit).
  const left = seen ? timeout : Math.max(MIN_LAST_LOOK_MS, timeout - (Date.now() - started));
  await expect(locator).toHaveAttribute(name, expected, { timeout: left });
}
