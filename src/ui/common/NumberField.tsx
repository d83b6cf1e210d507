// A number input that lets the learner type freely, applies the value on Enter or blur, and says
// beside the field what it changed and why when the value had to be corrected.
import { useId, useState, type ReactNode } from 'react';
import { fitWhole, formatInt, type Cap, type IntField } from '../../core/params/fields.ts';

interface Common {
  value: number;
  disabled?: boolean;
  hint?: ReactNode;
  onCommit: (value: number) => void;
}

/** The field's label, limits and step come from its schema field; `cap` is a tighter max the other settings set now. */
interface FromField extends Common {
  field: IntField;
  cap?: Cap;
}

/** The parts of a field written out, for a form whose settings are not schema fields yet. */
interface FromParts extends Common {
  label: string;
  min: number;
  max: number;
  step?: number;
}

type Props = FromField | FromParts;

/** The correction beside the field, shown while the field still holds the value it led to. */
interface Note {
  readonly text: string;
  readonly value: number;
}

function fieldOf(props: Props): { field: IntField; cap?: Cap } {
  if ('field' in props) return { field: props.field, cap: props.cap };
  const { label, min, max, step } = props;
  return { field: { kind: 'int', label, min, max, step, fallback: min } };
}

export function NumberField(props: Props) {
  const { value, disabled, hint, onCommit } = props;
  const { field, cap } = fieldOf(props);
  const id = useId();
  // What the learner is typing; null when the field simply shows the current value.
  const [draft, setDraft] = useState<string | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const commit = (): void => {
    if (draft === null) return;
    setDraft(null);
    const typed = draft.trim();
    const n = typed === '' ? NaN : Number(typed.replace(/[,_\s]/g, ''));
    if (!Number.isFinite(n)) {
      setNote({ text: `That is not a number, so it stays ${formatInt(value)}.`, value });
      return;
    }
    const fitted = fitWhole(field, n, cap, typed);
    setNote(fitted.change === null ? null : { text: fitted.change, value: fitted.value });
    onCommit(fitted.value);
  };
  // A note about a value the field no longer holds (another control or a link changed it) is stale.
  const shown = note !== null && note.value === value && draft === null ? note.text : '';
  const described = [shown && `${id}-note`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={field.min}
        max={cap?.max ?? field.max}
        step={field.step ?? 1}
        value={draft ?? String(value)}
        disabled={disabled}
        aria-describedby={described || undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {/* Always present, so that screen readers announce a correction when it appears. */}
      <p className="hint warn field-note" id={`${id}-note`} role="status" aria-live="polite">
        {shown}
      </p>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
