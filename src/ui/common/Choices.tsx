// One choice among a few named values, as radio buttons: a ladder of described steps, or a segmented switch.
interface ChoiceProps<V extends string> {
  /** The radio group's name: it keeps the groups of one form apart. */
  readonly name: string;
  readonly values: readonly V[];
  readonly value: V;
  readonly onChange: (value: V) => void;
  readonly labels: Readonly<Record<V, string>>;
}

export interface Tag {
  readonly text: string;
  readonly tone: 'ok' | 'bad';
}

interface LadderProps<V extends string> extends ChoiceProps<V> {
  readonly legend: string;
  /** One line under each name. */
  readonly summaries: Readonly<Record<V, string>>;
  /** A small word after the name (exact, races, bug), or null for none. */
  readonly tag?: (value: V) => Tag | null;
  readonly disabled?: boolean;
  /** More classes for the fieldset beside `ladder`. */
  readonly className?: string;
}

/** A fieldset of steps, each a name (and tag) over a line that says what it does; the checked one stands out. */
export function Ladder<V extends string>({ name, values, value, onChange, labels, legend, summaries, tag, disabled, className }: LadderProps<V>) {
  return (
    <fieldset className={className ? `ladder ${className}` : 'ladder'} disabled={disabled}>
      <legend>{legend}</legend>
      {values.map((v) => {
        const t = tag?.(v) ?? null;
        return (
          <label key={v} className={`ladder-step${value === v ? ' checked' : ''}`}>
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span className="ladder-name">
              {labels[v]}
              {t && <span className={`tag tag-${t.tone}`}>{t.text}</span>}
            </span>
            <span className="ladder-summary">{summaries[v]}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** Side-by-side buttons for two or three short choices; the fieldset around it is the caller's. */
export function Segmented<V extends string>({ name, values, value, onChange, labels }: ChoiceProps<V>) {
  return (
    <div className="segmented">
      {values.map((v) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          <span>{labels[v]}</span>
        </label>
      ))}
    </div>
  );
}
