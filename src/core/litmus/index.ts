// The Litmus lab's core, as workers and the engine use it: layout, jobs, the run, the tests' registry.
// Concurrency contract: see each module (two workers per run, roles 0 and 1; the main thread writes control only).
export {
  allocateLitmus,
  attachLitmus,
  LITMUS_BYTES,
  LITMUS_MAX_BATCH,
  LITMUS_PLACEMENTS,
  LitmusSlot,
  readTally,
  resetLitmus,
  type LitmusMemory,
  type LitmusPlacement,
  type LitmusTally,
} from './litmusLayout.ts';
export {
  LITMUS_ACCESSES,
  LITMUS_DEFAULTS,
  LITMUS_LIMITS,
  LITMUS_TEST_IDS,
  litmusJobs,
  type LitmusAccess,
  type LitmusJob,
  type LitmusSpec,
  type LitmusTestId,
  type LitmusWorkerResult,
} from './litmusJob.ts';
export { runLitmus } from './runLitmus.ts';
export {
  LITMUS_TESTS,
  litmusOutcomes,
  outcomeAllowed,
  type LitmusOutcome,
  type LitmusTest,
  type LitmusThreadCode,
} from './litmusTests.ts';
