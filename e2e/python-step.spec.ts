// Stepping a program as a learner does: a thread's Step button moves its marked line in the editor
// and the listing's instruction about to run; Back and Forward undo and redo; the shared state
// follows; a witness of Explore all replays move by move to the outcome it stands for.
import type { Locator } from '@playwright/test';
import { codeOf, PythonLab } from './pages/pythonLab.ts';
import { expect, test } from './fixtures.ts';

const program = `import threading

x = 0


def worker():
    global x
    x += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(x)
`;

/** Presses `button` until `done` holds, one move at a time (each press waits for the move to land). */
async function stepUntil(lab: PythonLab, button: Locator, done: () => Promise<boolean>, most = 40): Promise<void> {
  for (let i = 0; i < most && !(await done()); i++) {
    const before = await lab.position.textContent();
    await button.click();
    await expect(lab.position).not.toHaveText(before ?? '');
  }
  expect(await done(), 'reached the wanted state').toBe(true);
}

const opIs = (lab: PythonLab, label: string, op: RegExp) => async () => op.test((await lab.nextInstruction(label).textContent()) ?? '');

test('Step moves a thread’s line and instruction; Back and Forward undo and redo', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf(program)}`);
  const t1 = lab.stepButton('T1');
  await expect(t1).toBeEnabled();
  await expect(lab.stepButton('T2')).toHaveCount(0);
  // The module starts at CPython's RESUME, which belongs to no line; the first Step reaches line 1.
  await expect(lab.nextInstruction('T1')).toHaveText(/^RESUME\s*$/);
  await expect(lab.threadLine('T1')).toHaveCount(0);
  await t1.click();
  await expect(lab.threadLine('T1')).toHaveText('import threading');

  // Under `every` a move is one instruction and the thread-local ones after it, so a move stops
  // before each read or write of shared state: here the store of `x = 0`.
  await stepUntil(lab, t1, async () => (await lab.threadLine('T1').textContent()) === 'x = 0');
  await expect(lab.nextInstruction('T1')).toHaveText(/^STORE_GLOBAL\s+x$/);
  const globals = page.getByRole('region', { name: 'Shared objects' });
  const x = globals.locator('.py-var', { hasText: /^x/ });
  await expect(x).toHaveCount(0);
  await t1.click();
  await expect(lab.threadLine('T1')).toHaveText('def worker():');
  await expect(x).toHaveText(/^x\s*0$/);
  const moves = (await lab.position.textContent())!;

  await lab.back.click();
  await expect(lab.nextInstruction('T1')).toHaveText(/^STORE_GLOBAL\s+x$/);
  await expect(lab.threadLine('T1')).toHaveText('x = 0');
  await expect(x).toHaveCount(0);
  await lab.back.click();
  await expect(lab.threadLine('T1')).toHaveText('import threading');
  await lab.forward.click();
  await lab.forward.click();
  await expect(lab.position).toHaveText(moves);
  await expect(lab.threadLine('T1')).toHaveText('def worker():');
  await expect(x).toHaveText(/^x\s*0$/);

  // The worker appears once started; its four instructions of `x += 1` step one by one.
  await stepUntil(lab, t1, async () => (await lab.stepButton('T2').count()) > 0);
  const t2 = lab.stepButton('T2');
  await stepUntil(lab, t2, async () => (await lab.threadLine('T2').textContent()) === '    x += 1');
  // `x += 1` reads x, adds locally and writes x: two moves, the switch points between them.
  await stepUntil(lab, t2, opIs(lab, 'T2', /^LOAD_GLOBAL\s+x/));
  await expect(lab.listingOf('T2')).toHaveText([/^LOAD_GLOBAL\s+x/, /^LOAD_CONST\s+1$/, /^BINARY_OP\s+\+=$/, /^STORE_GLOBAL\s+x$/, /^RETURN_CONST\s+None$/]);
  await t2.click();
  await expect(lab.nextInstruction('T2')).toHaveText(/^STORE_GLOBAL\s+x$/);
  await expect(x).toHaveText(/^x\s*0$/);
  await t2.click();
  await expect(x).toHaveText(/^x\s*1$/);
});

test('a witness replays move by move to the deadlock it stands for', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=lock-order');
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  const deadlock = lab.outcome.and(page.locator('[data-end="deadlock"]'));
  await deadlock.getByRole('button', { name: /Replay/ }).click();
  await expect(lab.position).toHaveText(/^move 0 of [1-9]/);
  await expect(lab.runOutcome).toHaveCount(0);
  const total = Number(/of ([\d,]+)/.exec((await lab.position.textContent())!)![1]!.replace(/,/g, ''));
  for (let i = 1; i <= total; i++) {
    await lab.forward.click();
    await expect(lab.position).toHaveText(`move ${i.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`);
  }
  await expect(lab.forward).toBeDisabled();
  await expect(lab.runOutcome).toHaveAttribute('data-end', 'deadlock');
  // Both workers are stuck: neither may step.
  await expect(lab.stepButton('T2')).toBeDisabled();
  await expect(lab.stepButton('T3')).toBeDisabled();
});
