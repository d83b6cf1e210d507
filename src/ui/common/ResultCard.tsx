// One result number in a lab's results panel: the element's text is the bare number (test contract),
// drawn with separators and the minus sign like every other count (BareNumber).
import { BareNumber } from './BareNumber.tsx';

interface Props {
  label: string;
  testId: string;
  value: number;
  tone?: 'ok' | 'bad';
  note?: string;
}

export function ResultCard({ label, testId, value, tone, note }: Props) {
  return (
    <div className={`card${tone ? ` card-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd className="card-value" data-testid={testId}>
        <BareNumber value={value} />
      </dd>
      {note && <dd className="card-note">{note}</dd>}
    </div>
  );
}
