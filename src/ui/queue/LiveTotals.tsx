// The Queue live view's totals as text above the canvas: produced, consumed, in queue, throughput and a
// status word. The frame loop writes the numbers straight into the elements (no per-frame React state);
// the three counts are bare numbers (test ids live-produced, live-consumed, live-in-queue).
import { forwardRef, useImperativeHandle, useRef } from 'react';
import { writeBareNumber } from '../common/BareNumber.tsx';
import { formatCount, formatRate } from '../common/format.ts';

export interface TotalsValues {
  readonly produced: number;
  readonly consumed: number;
  readonly inQueue: number;
  readonly rate: number;
  /** "Ready · press Run", "Paused", or nothing. */
  readonly status: string;
}

export interface TotalsHandle {
  write(v: TotalsValues): void;
}

interface Props {
  readonly total: number;
  /** Ring capacity, or null for message channels (items in flight). */
  readonly capacity: number | null;
}

export const LiveTotals = forwardRef<TotalsHandle, Props>(function LiveTotals({ total, capacity }, handle) {
  const produced = useRef<HTMLElement>(null);
  const consumed = useRef<HTMLElement>(null);
  const inQueue = useRef<HTMLElement>(null);
  const rate = useRef<HTMLElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useImperativeHandle(handle, () => ({
    write(v) {
      if (produced.current) writeBareNumber(produced.current, v.produced);
      if (consumed.current) writeBareNumber(consumed.current, v.consumed);
      if (inQueue.current) writeBareNumber(inQueue.current, v.inQueue);
      setText(rate.current, formatRate(v.rate));
      setText(status.current, v.status);
    },
  }));
  return (
    <div className="live-totals">
      <dl>
        <div>
          <dt>produced of {formatCount(total)}</dt>
          <dd ref={produced} data-testid="live-produced">0</dd>
        </div>
        <div>
          <dt>consumed</dt>
          <dd ref={consumed} data-testid="live-consumed">0</dd>
        </div>
        <div>
          <dt>{capacity === null ? 'in flight' : `in queue of ${formatCount(capacity)}`}</dt>
          <dd ref={inQueue} data-testid="live-in-queue">0</dd>
        </div>
        <div>
          <dt>throughput</dt>
          <dd ref={rate}>0/s</dd>
        </div>
      </dl>
      <p className="live-totals-status" ref={status} />
    </div>
  );
});

function setText(el: HTMLElement | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
