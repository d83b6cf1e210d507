// The Counter lab's live figures mid-run: expected so far and the counter differ by exactly the
// updates lost so far, at every moment the page shows them (with the mutex, they are equal).
import { CounterLab } from './pages/counterLab.ts';
import { expect, test } from './fixtures.ts';

interface Figures {
  counter: number;
  expected: number;
  lost: number;
}

/** Reads the live figures (bare numbers on the live view) each time they change, while the run goes on. */
async function sampleWhileRunning(lab: CounterLab, wanted: number): Promise<Figures[]> {
  return lab.page.evaluate(
    (count) =>
      new Promise<Figures[]>((resolve, reject) => {
        const seen: Figures[] = [];
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.live-canvas');
        const status = document.querySelector('[data-testid="run-status"]');
        if (!canvas || !status) {
          reject(new Error('no live view'));
          return;
        }
        const read = (): void => {
          if (status.getAttribute('data-status') !== 'running') return;
          const { counter, expected, lost } = canvas.dataset;
          if (counter === undefined || expected === undefined || lost === undefined) return;
          const f = { counter: Number(counter), expected: Number(expected), lost: Number(lost) };
          // Before the first iteration there is nothing to check.
          if (f.expected === 0 && f.counter === 0) return;
          seen.push(f);
          if (seen.length >= count) {
            observer.disconnect();
            resolve(seen);
          }
        };
        const observer = new MutationObserver(read);
        observer.observe(canvas, { attributes: true, attributeFilter: ['data-counter', 'data-expected', 'data-lost'] });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`only ${seen.length} mid-run readings`));
        }, 30_000);
      }),
    wanted,
  );
}

for (const sync of ['mutex', 'none'] as const) {
  test(`${sync}: expected so far − counter = lost so far, mid-run`, { tag: '@alone' }, async ({ page }) => {
    const lab = new CounterLab(page);
    // Long enough to be read several times mid-run on any machine; Stop ends it.
    await lab.open(`workers=2&iters=500000000&sync=${sync}&dirs=%2B%2B&window=0`);
    await lab.run.click();
    await lab.expectStatus('running');
    const figures = await sampleWhileRunning(lab, 3);
    await lab.stop.click();
    await lab.expectStatus('stopped');
    for (const f of figures) {
      expect(f.expected - f.counter, JSON.stringify(f)).toBe(f.lost);
      if (sync === 'mutex') expect(f.lost, JSON.stringify(f)).toBe(0);
    }
  });
}
