// Test helper for "in most of N trials" claims about real races: stops as soon as the verdict is known.

/** How many of the trials run showed the race, and how many were run. */
export interface MostTrials {
  readonly hits: number;
  readonly ran: number;
}

/**
 * Runs `trials` trials in order, each resolving to whether it showed what the claim counts, until `need`
 * of them have: the claim is `hits >= need` over all `trials`, and the trials left could only add hits,
 * so they cannot change it. A claim that fails still runs every trial.
 */
export async function mostTrials(trials: number, need: number, trial: (index: number) => Promise<boolean>): Promise<MostTrials> {
  let hits = 0;
  let ran = 0;
  while (ran < trials && hits < need) {
    if (await trial(ran)) hits++;
    ran++;
  }
  return { hits, ran };
}
