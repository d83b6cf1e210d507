// The lessons are links: each opens its experiment exactly, with no notice, in class order.
import { describe, expect, it } from 'vitest';
import { decodeLink, LABS } from '../params/link.ts';
import { decodeView } from '../params/view.ts';
import { parseQuery } from '../shared/query.ts';
import { isLesson, labOf, LESSONS, lessonById, lessonLink, oversubscribed, tryLink, type LessonEnv } from './lessons.ts';

const ENVS: LessonEnv[] = [{ cores: 0 }, { cores: 1 }, { cores: 2 }, { cores: 8 }, { cores: 64 }];
const known = (query: string): boolean => (LABS as readonly string[]).includes(labOf(query));

function allLinks(env: LessonEnv): { where: string; query: string }[] {
  return LESSONS.flatMap((lesson) => [
    { where: lesson.id, query: lessonLink(lesson, env) },
    ...lesson.tryNext.flatMap((t, i) => {
      const q = tryLink(lesson, t, env);
      return q === null ? [] : [{ where: `${lesson.id} try ${i + 1}`, query: q }];
    }),
  ]);
}

describe('lesson links', () => {
  it.each(ENVS)('decode without a notice, and carry their lesson (cores $cores)', (env) => {
    for (const { where, query } of allLinks(env)) {
      const keys = [...parseQuery(query).keys()];
      expect(new Set(keys).size, `${where}: no key twice in ${query}`).toBe(keys.length);
      const view = decodeView(query, isLesson);
      expect(view.notices, where).toEqual([]);
      expect(view.view.lesson, where).toBe(where.split(' ')[0]);
      expect(view.view.embed, where).toBe(false);
      // A lab this build does not have yet (the Explorer) is only checked for its address.
      if (!known(query)) continue;
      const decoded = decodeLink(query);
      expect(decoded.notices, `${where}: ${query}`).toEqual([]);
      expect(decoded.settings.lab).toBe(labOf(query));
      // Canonical: the version and every setting are spelled out.
      expect(parseQuery(query).get('v'), where).toBe('1');
    }
  });

  it('have unique ids, in class order: the counter, the queue, deadlock, speed, then Python', () => {
    const ids = LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const ORDER = ['counter', 'queue', 'deadlock', 'speed', 'python'];
    const parts = LESSONS.map((l) => l.part);
    expect(parts).toEqual([...parts].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    for (const l of LESSONS) {
      expect(l.happens.length, l.id).toBeGreaterThan(40);
      expect(l.notice.length, l.id).toBeGreaterThan(40);
      expect(l.tryNext.length, l.id).toBeGreaterThan(0);
    }
  });

  it('open the seed’s counter with and without the lock', () => {
    const env = { cores: 4 };
    for (const [id, sync] of [['counter-lock', 'mutex'], ['counter-no-lock', 'none']] as const) {
      const { settings } = decodeLink(lessonLink(lessonById(id)!, env));
      expect(settings.lab).toBe('counter');
      expect(settings.counter).toMatchObject({ workers: 2, dirs: '+-', iters: 1_000_000, sync, trials: 1, speed: 'full' });
    }
  });

  it('open the seed’s empty-check consumer, then its fix', () => {
    const env = { cores: 4 };
    const seed = { producers: 1, consumers: 1, items: 10, produceMs: 20, consumeMs: 5 };
    const bug = decodeLink(lessonLink(lessonById('empty-check')!, env)).settings;
    const fix = decodeLink(lessonLink(lessonById('poison-pill-fix')!, env)).settings;
    expect(bug.lab).toBe('queue');
    expect(bug.queue).toMatchObject({ ...seed, shutdown: 'empty-check' });
    expect(fix.queue).toMatchObject({ ...seed, shutdown: 'sentinel' });
    expect(LESSONS.findIndex((l) => l.id === 'empty-check')).toBe(LESSONS.findIndex((l) => l.id === 'poison-pill-fix') - 1);
  });

  it('split the lock, spin with twice the cores, fill a small queue, and point at the Explorer for deadlock', () => {
    const split = decodeLink(lessonLink(lessonById('split-lock')!, { cores: 4 })).settings.counter;
    expect(split.sync).toBe('split');
    for (const cores of [1, 2, 4, 8, 16]) {
      const env = { cores };
      const spin = lessonById('spin-collapse')!;
      const workers = Math.min(16, Math.max(2, 2 * cores));
      expect(oversubscribed(env)).toBe(workers);
      expect(decodeLink(lessonLink(spin, env)).settings.counter).toMatchObject({ sync: 'spin', workers });
      expect(decodeLink(tryLink(spin, spin.tryNext[0]!, env)!).settings.counter).toMatchObject({ sync: 'mutex', workers });
    }
    const back = decodeLink(lessonLink(lessonById('backpressure')!, { cores: 4 })).settings.queue;
    expect(back.capacity).toBeLessThanOrEqual(2);
    expect(back.consumeMs).toBeGreaterThan(back.produceMs);
    const pills = decodeLink(lessonLink(lessonById('poison-pills')!, { cores: 4 })).settings.queue;
    expect(pills).toMatchObject({ shutdown: 'sentinel' });
    expect(pills.consumers).toBeGreaterThan(1);
    const deadlock = parseQuery(lessonLink(lessonById('deadlock')!, { cores: 4 }));
    expect(deadlock.get('lab')).toBe('explore');
    expect(deadlock.get('scenario')).toBe('two-locks');
    expect(deadlock.get('lesson')).toBe('deadlock');
  });
});
