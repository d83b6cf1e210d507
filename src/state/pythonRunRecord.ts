// What "Your runs" keeps of one Python run (Run, Explore all or Sample): the program as it ran, the
// settings, and how many ways it ended. Pure: the actions build it when a run ends.
import type { ExampleId } from '../core/python/examples/exampleIds.ts';
import type { PythonParams } from '../core/python/link.ts';
import type { SearchProgress, SearchResult } from '../core/python/runtime/types.ts';
import type { RunSummary } from '../workers/pythonApiTypes.ts';
import type { PySearchKind } from './pythonSlice.ts';

export type PythonRunMode = 'run' | PySearchKind;

export interface PythonRunRecord {
  readonly params: PythonParams;
  /** The program's name: its example's title, or its first line. */
  readonly program: string;
  /** The program as it ran (reopening shows this text, even if the link was not packed yet). */
  readonly source: string;
  /** The example it was, unedited; null for the learner's own text. */
  readonly example: ExampleId | null;
  readonly mode: PythonRunMode;
  /** `stopped`: a search ended by Stop or by its budget, short of every schedule. */
  readonly status: 'done' | 'stopped';
  /** Distinct outcomes found; the list may leave some off (`more`). */
  readonly outcomes: number;
  /** Outcomes beyond those counted exist (the bounded list left them off). */
  readonly more: boolean;
  /** Schedules run (a decimal string when past 2^53). */
  readonly schedules: number | string;
  /** Distinct states Explore all visited; null for Run and Sample. */
  readonly states: number | null;
  /** Every schedule was covered (Explore all to its end). */
  readonly complete: boolean;
  /** Run: what its one schedule printed and how it ended; null for a search. */
  readonly printed: string | null;
}

/** The program as "Your runs" names it. */
export interface RanProgram {
  readonly name: string;
  readonly source: string;
  readonly example: ExampleId | null;
}

const NAME_CHARS = 40;

/** A name for the learner's own program: its first line of code (comments and blank lines skipped), shortened. */
export function firstLine(source: string): string {
  const line = source.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('#')) ?? '(empty program)';
  return line.length > NAME_CHARS ? `${line.slice(0, NAME_CHARS - 1)}…` : line;
}

/** The record of Run: one whole schedule, so one outcome. */
export function pythonRunRecord(params: PythonParams, program: RanProgram, summary: RunSummary): PythonRunRecord {
  const { outcome } = summary;
  return {
    params,
    program: program.name,
    source: program.source,
    example: program.example,
    mode: 'run',
    status: 'done',
    outcomes: 1,
    more: false,
    schedules: 1,
    states: null,
    complete: false,
    printed: outcome.end === 'finished' ? outcome.stdout : `${outcome.end}${outcome.stdout === '' ? '' : `: ${outcome.stdout}`}`,
  };
}

/**
 * The record of Explore all or Sample from its result, or from its last progress when it was stopped
 * before answering; null when it found nothing to compare (stopped before its first report).
 */
export function pythonSearchRecord(
  params: PythonParams,
  program: RanProgram,
  kind: PySearchKind,
  stopped: boolean,
  result: SearchResult | null,
  progress: SearchProgress | null,
): PythonRunRecord | null {
  const list = result?.outcomes ?? progress?.outcomes;
  if (!list) return null;
  const other = result ? result.other : progress?.other;
  return {
    params,
    program: program.name,
    source: program.source,
    example: program.example,
    mode: kind,
    status: stopped || !result ? 'stopped' : 'done',
    outcomes: list.length,
    more: other !== undefined && Number(other.count) > 0,
    schedules: result?.schedules ?? list.reduce((n, o) => n + Number(o.count), Number(other?.count ?? 0)),
    states: kind === 'explore' ? (result?.states ?? progress?.done ?? null) : null,
    complete: result?.complete ?? false,
    printed: null,
  };
}
