// A stepping session over one program: the moves taken, a cursor into them (undo, redo, the step
// slider, a witness loaded to replay), and checkpoints so that going back replays only a short
// stretch. Runs in the session worker; generic over the machine so it holds no Python itself.

export interface Stepper<M> {
  create(): M;
  clone(m: M): M;
  /** One move of `thread` (mutates m). */
  step(m: M, thread: number): void;
  /** Threads that may move now; empty once the program has ended. */
  enabled(m: M): readonly number[];
}

/** Checkpoints kept at most; past it their spacing doubles, so memory stays bounded on long runs. */
const MAX_CHECKPOINTS = 256;

export class Session<M> {
  private readonly stepper: Stepper<M>;
  private moves: number[] = [];
  private at = 0;
  private machine: M;
  private spacing = 32;
  private readonly checkpoints = new Map<number, M>();

  constructor(stepper: Stepper<M>) {
    this.stepper = stepper;
    this.machine = stepper.create();
    this.checkpoints.set(0, stepper.clone(this.machine));
  }

  get position(): number {
    return this.at;
  }

  /** Moves that can be redone from the start: the slider's length. */
  get length(): number {
    return this.moves.length;
  }

  get current(): M {
    return this.machine;
  }

  /** Steps `thread`: a redo when it is the next move already taken, else a new branch from here. */
  step(thread: number): boolean {
    if (!this.stepper.enabled(this.machine).includes(thread)) return false;
    if (this.moves[this.at] !== thread) {
      this.moves.length = this.at;
      this.moves.push(thread);
      // Checkpoints past the branch point belong to the abandoned moves.
      for (const p of this.checkpoints.keys()) if (p > this.at) this.checkpoints.delete(p);
    }
    this.advance();
    return true;
  }

  /** Replaces the moves with a schedule (a witness, a run) and goes to `position` in it. */
  load(schedule: readonly number[], position = 0): void {
    this.moves = [...schedule];
    for (const p of this.checkpoints.keys()) if (p > 0) this.checkpoints.delete(p);
    this.machine = this.stepper.clone(this.checkpoints.get(0)!);
    this.at = 0;
    this.seek(position);
  }

  /** Goes to `position` (clamped to the moves taken), replaying from the nearest checkpoint. */
  seek(position: number): void {
    const target = Math.max(0, Math.min(this.moves.length, Math.round(position)));
    if (target < this.at || target - this.at > this.spacing) {
      let from = 0;
      for (const p of this.checkpoints.keys()) if (p <= target && p > from) from = p;
      if (target < this.at || from > this.at) {
        this.machine = this.stepper.clone(this.checkpoints.get(from)!);
        this.at = from;
      }
    }
    while (this.at < target) {
      // A move that is no longer possible (a schedule from another program) ends the replay here.
      if (!this.stepper.enabled(this.machine).includes(this.moves[this.at]!)) {
        this.moves.length = this.at;
        break;
      }
      this.advance();
    }
  }

  private advance(): void {
    this.stepper.step(this.machine, this.moves[this.at]!);
    this.at++;
    if (this.at % this.spacing === 0 && !this.checkpoints.has(this.at)) {
      this.checkpoints.set(this.at, this.stepper.clone(this.machine));
      if (this.checkpoints.size > MAX_CHECKPOINTS) {
        this.spacing *= 2;
        for (const p of this.checkpoints.keys()) if (p % this.spacing !== 0) this.checkpoints.delete(p);
      }
    }
  }
}
