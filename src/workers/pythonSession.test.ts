import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Session, type Stepper } from './pythonSession.ts';

/** Two threads that each make `n` moves; the state is the order of the moves so far. */
interface Toy {
  readonly trail: number[];
  readonly made: [number, number];
}
const toy = (n: number): Stepper<Toy> & { clones: number } => {
  const s = {
    clones: 0,
    create: (): Toy => ({ trail: [], made: [0, 0] }),
    clone: (m: Toy): Toy => {
      s.clones++;
      return { trail: [...m.trail], made: [...m.made] };
    },
    step: (m: Toy, t: number) => {
      m.trail.push(t);
      m.made[t as 0 | 1]++;
    },
    enabled: (m: Toy) => [0, 1].filter((t) => m.made[t as 0 | 1] < n),
  };
  return s;
};

describe('stepping session', () => {
  it('reaches the same state by any path of seeks as by replaying from the start', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 30 }), (seeks) => {
        const s = new Session(toy(200));
        const schedule = Array.from({ length: 400 }, (_, i) => ((i * 7) % 3 === 0 ? 0 : 1)).slice(0, 300);
        s.load(schedule, 0);
        for (const p of seeks) {
          s.seek(p);
          expect(s.position).toBe(Math.min(p, s.length));
          expect(s.current.trail).toEqual(schedule.slice(0, s.position));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('redoes a step taken before, and branches on a different one', () => {
    const s = new Session(toy(3));
    expect(s.step(0)).toBe(true);
    expect(s.step(1)).toBe(true);
    s.seek(1);
    expect(s.step(1)).toBe(true); // the same move: a redo, the moves stay
    expect(s.length).toBe(2);
    s.seek(1);
    expect(s.step(0)).toBe(true); // another move: the old future is gone
    expect(s.current.trail).toEqual([0, 0]);
    expect(s.length).toBe(2);
  });

  it('refuses a thread that cannot move', () => {
    const s = new Session(toy(1));
    s.step(0);
    expect(s.step(0)).toBe(false);
    expect(s.position).toBe(1);
  });

  it('keeps a bounded number of checkpoints on a long run', () => {
    const stepper = toy(50_000);
    const s = new Session(stepper);
    s.load(Array.from({ length: 100_000 }, (_, i) => i % 2), 100_000);
    expect(s.position).toBe(100_000);
    // 256 checkpoints at most: clones stay far below one per 32 moves.
    expect(stepper.clones).toBeLessThan(100_000 / 32);
    const before = stepper.clones;
    s.seek(99_990);
    expect(s.current.trail.length).toBe(99_990);
    expect(stepper.clones - before).toBe(1);
  });
});
