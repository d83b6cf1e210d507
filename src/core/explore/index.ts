// The Explorer's public surface: program model, scenarios, scheduler, step mode, explore all, replay.
export * from './program.ts';
export * from './assemble.ts';
export * from './state.ts';
export * from './scheduler.ts';
export * from './status.ts';
export { blockedWhy } from './narrate.ts';
export * from './outcome.ts';
export * from './waitFor.ts';
export * from './scenarios.ts';
export * from './counterScenarios.ts';
export * from './lockScenarios.ts';
export * from './queueScenarios.ts';
export * from './history.ts';
export * from './explore.ts';
export * from './search.ts';
export * from './symmetry.ts';
export * from './replay.ts';
