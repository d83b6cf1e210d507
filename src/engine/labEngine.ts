// What every lab's engine offers the store: one run at a time, paused, stepped and stopped alike.
import type { RunStatus } from './runStatus.ts';

export interface LabEngine {
  readonly running: boolean;
  readonly paused: boolean;
  /** Ends the run: cooperatively first, then by replacing workers that do not answer. */
  stop(): Promise<void>;
  pause(): void;
  resume(): void;
  /** One step in slow motion, where the lab has one. */
  step(): void;
}

/** How a run ended, as the run-status element reports it. */
export interface RunEnd {
  readonly status: Exclude<RunStatus, 'idle' | 'running'>;
  readonly error?: string;
}
