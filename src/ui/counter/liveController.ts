// The Counter live view's controller: once a frame it reads the run's shared memory (picked up late
// when the engine loads after Run), follows the trace in slow motion, publishes the event log and
// keeps the model the painter draws. A run that starts again begins from a fresh model and log.
import { readCounterSample, emptySample } from '../../engine/counterSample.ts';
import { LiveModel, publishLog, readLockWord, TraceFollower, type LiveConfig } from './liveModel.ts';

export class CounterLiveController {
  readonly config: LiveConfig;
  private readonly memory: () => Int32Array | null;
  private readonly sample;
  private ints: Int32Array | null;
  private follower: TraceFollower | null = null;
  private modelNow: LiveModel;

  /** `memory` gives the run's shared memory, or null while there is none (a preview, or an engine not yet loaded). */
  constructor(config: LiveConfig, memory: () => Int32Array | null) {
    this.config = config;
    this.memory = memory;
    this.sample = emptySample(config.workers);
    this.modelNow = new LiveModel(config);
    this.ints = memory();
    this.follow();
    publishLog([], true);
  }

  get model(): LiveModel {
    return this.modelNow;
  }

  /** A run starts (again, maybe with the same settings): the same view, but a fresh start. */
  restart(): void {
    this.modelNow = new LiveModel(this.config);
    this.follow();
    publishLog([], true);
  }

  /** Reads one frame at `now`; true when anything drawn from it changed. */
  frame(now: number, running: boolean): boolean {
    if (!this.ints) {
      // The first run may press Run before the engine's code has loaded: pick its memory up then.
      this.ints = this.memory();
      this.follow();
    }
    const ints = this.ints;
    let lockWord = 0;
    if (ints) {
      readCounterSample(ints, this.sample, now);
      lockWord = readLockWord(ints);
    } else {
      this.sample.at = now;
    }
    let changed = this.modelNow.update(this.sample, lockWord, running);
    const news = ints && this.follower?.poll(ints, this.sample.traceEnd);
    if (news) {
      if (news.reset) this.modelNow.resetTrace();
      this.modelNow.applyTrace(news.records, news.overwrites, news.lostSoFar, now);
      publishLog(news.entries, news.reset);
      changed = true;
    }
    return changed;
  }

  /** Slow motion draws every read and write: follow the trace from its start. */
  private follow(): void {
    this.follower = this.config.slow && this.ints ? new TraceFollower(this.config.sync) : null;
  }
}
