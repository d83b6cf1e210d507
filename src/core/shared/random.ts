// Seeded pseudo-random numbers (mulberry32): reproducible trials, schedules and test inputs.

/** A generator of floats in [0, 1); the same seed always gives the same sequence. */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in [min, max], both included. */
export function randomInt(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

/** One '+' or '-' per worker, each a fair coin. */
export function randomDirs(rand: Random, workers: number): string {
  let s = '';
  for (let i = 0; i < workers; i++) s += rand() < 0.5 ? '+' : '-';
  return s;
}
