// On a phone (390×844): the settings fold just above Run and open in place, by touch or keyboard; tables
// wider than the screen say so with a shadow on the cut edge, and the keyboard can scroll them; chart
// labels stay apart.
import { lessonById, lessonLink } from '../src/core/lessons/lessons.ts';
import { CounterLab } from './pages/counterLab.ts';
import { QueueLab } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('the settings are one screen from Run, open in place, and Escape folds them back', async ({ page }) => {
  const lab = new CounterLab(page);
  // Lesson 3 asks to change a setting: the form is no further than the controls.
  await lab.open(lessonLink(lessonById('lost-update')!, { cores: 2 }));
  const toggle = page.getByRole('button', { name: 'Settings' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const toggleBox = (await toggle.boundingBox())!;
  const runBox = (await lab.run.boundingBox())!;
  expect(runBox.y).toBeGreaterThan(toggleBox.y);
  expect(runBox.y + runBox.height - toggleBox.y).toBeLessThan(844);

  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const window = lab.field('Race window');
  await expect(window).toBeVisible();
  await lab.setNumber('Race window', 0);
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(window).toBeHidden();
  expect(new URL(page.url()).searchParams.get('window')).toBe('0');
});

test('a table wider than the phone shows a shadow where it is cut, scrolls by keyboard, and passes axe', async ({ page, axe }) => {
  const lab = new CounterLab(page);
  await lab.open('sync=none&workers=4&iters=20000');
  await lab.runToEnd();
  const runs = page.getByRole('region', { name: 'Runs of this visit' });
  await runs.scrollIntoViewIfNeeded();
  const overflow = await runs.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeGreaterThan(0);
  const cue = runs.locator('xpath=..');
  await expect(cue.getByTestId('scroll-cue-end')).toBeVisible();
  await expect(cue.getByTestId('scroll-cue-start')).toBeHidden();

  // The region takes focus and the arrow keys scroll it; the cut edge moves, and so do the shadows.
  await expect(runs).toHaveAttribute('tabindex', '0');
  await runs.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => runs.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expect(cue.getByTestId('scroll-cue-start')).toBeVisible();
  await runs.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(cue.getByTestId('scroll-cue-end')).toBeHidden();

  // A table that fits shows no shadow.
  await page.setViewportSize({ width: 1280, height: 844 });
  await expect(cue.getByTestId('scroll-cue-start')).toBeHidden();
  await expect(cue.getByTestId('scroll-cue-end')).toBeHidden();
  await page.setViewportSize({ width: 390, height: 844 });
  await axe.check();
});

interface DrawnLabel {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

test("the latency chart's p50 and p99 labels do not overlap", async ({ page }) => {
  // The marks' labels are drawn on the canvas: record where each one's text lands, in canvas pixels.
  await page.addInitScript(() => {
    const drawn: DrawnLabel[] = [];
    Object.assign(window, { latencyLabels: drawn });
    const proto = CanvasRenderingContext2D.prototype;
    const fillText: typeof proto.fillText = Reflect.get(proto, 'fillText');
    proto.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      if (this.canvas.closest('.latency-plot') && /^p(50|99) /.test(text)) {
        const m = this.measureText(text);
        const t = this.getTransform();
        const [x0, y0] = [t.a * (x - m.actualBoundingBoxLeft) + t.e, t.d * (y - m.actualBoundingBoxAscent) + t.f];
        const [x1, y1] = [t.a * (x + m.actualBoundingBoxRight) + t.e, t.d * (y + m.actualBoundingBoxDescent) + t.f];
        drawn.push({ text, left: x0, right: x1, top: y0, bottom: y1 });
      }
      fillText.call(this, text, x, y, maxWidth);
    };
  });
  const lab = new QueueLab(page);
  // One slot and a slow consumer: every item waits about as long as the next, so p50 and p99 sit close.
  await lab.open('queue=locked&producers=1&consumers=1&items=40&capacity=1&produceMs=0&consumeMs=5&shutdown=sentinel');
  await lab.runToEnd();
  const chart = page.getByRole('img', { name: /^Bar chart of put-to-get latency/ });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('canvas')).toHaveCount(1);
  const last = async (name: string): Promise<DrawnLabel | undefined> =>
    page.evaluate((n) => (window as unknown as { latencyLabels: DrawnLabel[] }).latencyLabels.findLast((l) => l.text.startsWith(n)), name);
  await expect.poll(async () => Boolean((await last('p50 ')) && (await last('p99 ')))).toBe(true);
  const [p50, p99] = [(await last('p50 '))!, (await last('p99 '))!];
  const apart = p50.right <= p99.left || p99.right <= p50.left || p50.bottom <= p99.top || p99.bottom <= p50.top;
  expect(apart, `p50 at ${JSON.stringify(p50)}, p99 at ${JSON.stringify(p99)}`).toBe(true);
});
