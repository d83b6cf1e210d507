// A number input that lets the learner type freely and applies the value on Enter or blur.
import { useId, useState, type ReactNode } from 'react';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  disabled?: boolean;
  hint?: ReactNode;
  onCommit: (value: number) => void;
}

export function NumberField({ label, value, min, max, step = 1, disabled, hint, onCommit }: Props) {
  const id = useId();
  // What the learner is typing; null when the field simply shows the current value.
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (): void => {
    if (draft === null) return;
    const n = Number(draft.replace(/[,_\s]/g, ''));
    if (Number.isFinite(n) && draft.trim() !== '') onCommit(n);
    setDraft(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={draft ?? String(value)}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
