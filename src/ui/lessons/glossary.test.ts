// The glossary is the one source of the words' meanings: the README repeats it, and the labs' texts
// use each word in that meaning only (the review's mix-ups cannot come back).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYNC_SUMMARIES } from '../../core/counter/syncModes.ts';
import { SCENARIOS } from '../../core/explore/scenarios.ts';
import { GLOSSARY, glossaryMarkdown } from '../../core/lessons/glossary.ts';
import { LESSONS } from '../../core/lessons/lessons.ts';
import { QUEUE_KINDS, QUEUE_SUMMARIES, SHUTDOWN_POLICIES, SHUTDOWN_SUMMARIES } from '../../core/queue/queueKinds.ts';
import { MODE_TEXT, PYTHON_NOTE as COUNTER_PYTHON } from '../counter/snippets.ts';
import { jsCode } from '../queue/snippetsJs.ts';
import { PYTHON_NOTE as QUEUE_PYTHON } from '../queue/snippetsPython.ts';
import { KIND_TEACH, SHUTDOWN_TEACH } from '../queue/teach.ts';
import { PYTHON_NOTE as SCALING_PYTHON, SWEEP_JS, SWEEP_PYTHON } from '../scaling/snippets.ts';
import { MACHINE_NOTE, NOTICE, TRY_THIS } from '../scaling/teach.ts';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

function section(md: string, from: string, to: string): string {
  const start = md.indexOf(from);
  const end = md.indexOf(to, start + from.length);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return md.slice(start, end);
}

const counterTexts = [
  ...Object.values(MODE_TEXT).flatMap((t) => [t.notice, t.tryNext, t.python, t.js]),
  ...Object.values(SYNC_SUMMARIES),
  COUNTER_PYTHON,
  ...LESSONS.filter((l) => l.part === 'counter').flatMap((l) => [l.happens, l.notice, ...l.tryNext.map((t) => t.text)]),
];
const queueTexts = [
  ...Object.values(KIND_TEACH).flatMap((t) => [t.notice, t.tryNext]),
  ...Object.values(SHUTDOWN_TEACH).flatMap((t) => [t.notice, t.tryNext]),
  ...Object.values(QUEUE_SUMMARIES),
  ...Object.values(SHUTDOWN_SUMMARIES),
  ...QUEUE_KINDS.flatMap((k) => SHUTDOWN_POLICIES.map((s) => jsCode(k, s))),
  QUEUE_PYTHON,
  ...LESSONS.filter((l) => l.part === 'queue').flatMap((l) => [l.happens, l.notice, ...l.tryNext.map((t) => t.text)]),
];
const speedTexts = [
  ...NOTICE.map((n) => `${n.title}. ${n.text}`),
  ...TRY_THIS,
  MACHINE_NOTE,
  SWEEP_JS,
  SWEEP_PYTHON,
  SCALING_PYTHON,
  ...LESSONS.filter((l) => l.part === 'speed').flatMap((l) => [l.happens, l.notice, ...l.tryNext.map((t) => t.text)]),
];
const everyText = [...counterTexts, ...queueTexts, ...speedTexts, ...Object.values(SCENARIOS).flatMap((s) => [s.description, s.fixedDescription])];

describe('the glossary', () => {
  it('has one entry per word', () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(GLOSSARY.map((t) => t.term.toLowerCase())).size).toBe(ids.length);
  });

  it('is what the README prints, word for word', () => {
    expect(section(README, '<!-- glossary:start -->', '<!-- glossary:end -->').replace('<!-- glossary:start -->', '').trim()).toBe(glossaryMarkdown());
  });
});

describe('every lab says each word in its glossary meaning', () => {
  it('“plain” is a non-atomic access, so the Counter lab (which reads and writes with Atomics) never says it', () => {
    for (const t of counterTexts) expect(t).not.toMatch(/\bplain\b/i);
    expect(section(README, '## The Counter lab', '## The Queue lab')).not.toMatch(/\bplain\b/i);
  });

  it('“message passing” is the litmus test; the queue kind is MessageChannel', () => {
    for (const t of [...queueTexts, ...speedTexts]) expect(t).not.toMatch(/message passing/i);
  });

  it('the MessageChannel kind sends one message per item: nothing calls it batched', () => {
    const texts = [KIND_TEACH.message.notice, KIND_TEACH.message.tryNext, QUEUE_SUMMARIES.message, ...SHUTDOWN_POLICIES.map((s) => jsCode('message', s))];
    for (const t of texts) expect(t).not.toMatch(/batch/i);
  });

  it('a spinlock “may fall” past the cores: no text states a collapse as fact', () => {
    for (const t of [...everyText, README]) expect(t).not.toMatch(/collapse/i);
  });

  it('a 64-byte cache line is said to be the usual size, not the only one', () => {
    for (const t of [...everyText, section(README, '## The Explorer', '## Links')]) {
      if (/64[- ]byte/.test(t) && /cache line|line of its own|one line/i.test(t)) expect(t).toMatch(/most|usual|128/);
    }
  });

  it('the seed’s slow producer is the lab’s: 20 ms per item, with 5 ms per item for the consumer', () => {
    for (const t of everyText) {
      if (/seed/i.test(t) && /produce delay/i.test(t)) expect(t).toMatch(/produce delay(?: of)? 20 ms/);
    }
  });

  it('the README counts the lessons as the gallery does', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen'];
    expect(README).toContain(`has ${words[LESSONS.length] ?? String(LESSONS.length)}, in class order`);
  });

  it('the split mode is one lock taken twice, in the README as on the page', () => {
    expect(README).not.toMatch(/a lock around the read and another around the write/);
    expect(section(README, '## The Counter lab', '## The Queue lab')).toMatch(/one lock, taken for the read, let go, and taken again for the write/);
  });
});
