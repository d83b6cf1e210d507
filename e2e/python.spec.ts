// The Python lab's page: examples and packed programs open from the link, a program that does not
// compile says which line, hostile `code` values fall back to the default example with a notice
// (never a page error), the lab is accessible in both themes and fits a phone.
import { deflateRawSync } from 'node:zlib';
import { codeOf, PythonLab } from './pages/pythonLab.ts';
import { expect, test } from './fixtures.ts';

test('an example opens from its id, with its words', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=barrier');
  expect(await lab.text()).toContain('barrier = threading.Barrier(3)');
  await expect(page.getByRole('region', { name: 'What to notice' })).toContainText('Barrier: nobody goes on until all arrive');
  await expect(lab.programError).toHaveCount(0);
});

test('the post’s two programs open verbatim', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=post-counter');
  expect(await lab.text()).toContain('with shared_value.get_lock():');
  await lab.open('example=post-queue');
  expect(await lab.text()).toContain('while not shared_queue.empty():');
});

test('a packed program opens as written, and edits go back into the link', async ({ page }) => {
  const lab = new PythonLab(page);
  const source = 'import threading\n\nx = 0  # é ✓\nprint(x)\n';
  await lab.open(`code=${codeOf(source)}&switch=gil&quantum=7`);
  expect(await lab.text()).toContain('x = 0  # é ✓');
  await expect(page.getByRole('radio', { name: /GIL/ })).toBeChecked();
  await lab.editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('print(1)\n');
  await expect(page).not.toHaveURL(new RegExp(`code=${codeOf(source)}(&|$)`));
  await expect(page).toHaveURL(/lab=python.*code=[A-Za-z0-9_-]+/);
});

test('a program that does not compile names its line', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf('x = 1\ny = (\n')}`);
  await expect(lab.programError).toContainText(/line \d+/);
  await expect(page.locator('.cm-lintRange-error, .cm-lintPoint-error')).not.toHaveCount(0);
});

// Each link opens in the same tab, one after another: a fresh load per link, without a fresh browser
// context for each (which cost more than the check itself).
test('a code value that is not base64url, not deflate, a bomb or not UTF-8 gives a notice and the default example', async ({ page }) => {
  // Each case keeps the time a test of its own had.
  test.setTimeout(4 * 60_000);
  const lab = new PythonLab(page);
  for (const [what, code] of [
    ['not base64url', '%3Cscript%3E'],
    ['not deflate', 'aGVsbG8gd29ybGQ'],
    ['a bomb', codeOf('#'.repeat(200_000))],
    ['not UTF-8', deflateRawSync(Buffer.from([0xff, 0xfe, 0x41])).toString('base64url')],
  ] as const) {
    await test.step(`a code value that is ${what}`, async () => {
      await lab.open(`code=${code}`);
      await expect(page.getByText(/the link’s program/).first()).toBeVisible();
      expect(await lab.text()).toContain('while not shared_queue.empty():');
    });
  }
});

test('a program with an unsupported construct, a module outside the interpreter, eval or a NUL byte is refused with its line, and nothing runs', async ({ page }) => {
  test.setTimeout(4 * 60_000);
  const lab = new PythonLab(page);
  for (const [what, source, construct] of [
    ['an unsupported construct', 'import threading\n\n\nasync def main():\n    pass\n', /line 4\b.*`async def`/],
    ['a module outside the interpreter', 'import threading\nimport os\n', /line 2\b.*`os`/],
    ['eval', 'x = 1\nprint(eval("x"))\n', /line 2\b.*`eval`/],
    ['a stray NUL byte', 'x = 1\ny = \u0000\nz = 2\n', /line 2\b.*null bytes/],
    ['a NUL byte in a comment', 'x = 1\ny = 2  # \u0000\nprint(y)\n', /line 2\b.*null bytes/],
  ] as const) {
    await test.step(`a program with ${what}`, async () => {
      await lab.open(`code=${codeOf(source)}`);
      await expect(lab.programError).toContainText(construct);
      await expect(lab.stepButton('T1')).toHaveCount(0);
      await expect(lab.run).toBeDisabled();
      await expect(lab.exploreAll).toBeDisabled();
    });
  }
});

test('a large program (60 KB, 3,000 lines) opens, compiles and runs', async ({ page }) => {
  const lab = new PythonLab(page);
  const body = Array.from({ length: 3000 }, (_, i) => `x = x + 1  # ${String(i + 2).padStart(6, '.')}`).join('\n');
  const source = `x = 0\n${body}\nprint(x)\n`;
  // Just within what a link may hold (64 KiB unpacked).
  expect(source.length).toBeGreaterThan(60_000);
  expect(source.length).toBeLessThan(64 * 1024);
  await lab.open(`code=${codeOf(source)}`);
  await expect(lab.programError).toHaveCount(0);
  await lab.setSpeed('Straight to the end');
  await expect(lab.run).toBeEnabled();
  await lab.run.click();
  await expect(lab.runOutcome).toHaveAttribute('data-end', 'finished');
  await expect(lab.printed).toHaveText('3000');
});

test('the lab is accessible in both themes and fits a phone', async ({ page, axe }) => {
  const lab = new PythonLab(page);
  await lab.open('example=lock-order');
  await axe.check();
  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  await axe.check();
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
