// One toggle per worker: does it add +1 or -1? The seed's pair is one of each.
import { defaultDirs } from '../../core/params/counterParams.ts';

interface Props {
  dirs: string;
  disabled: boolean;
  onChange: (dirs: string) => void;
}

export function Directions({ dirs, disabled, onChange }: Props) {
  const flip = (i: number): void => {
    const next = [...dirs];
    next[i] = next[i] === '-' ? '+' : '-';
    onChange(next.join(''));
  };
  return (
    <div className="field directions" role="group" aria-labelledby="dirs-label">
      <span id="dirs-label" className="field-label">
        Each worker adds
      </span>
      <div className="dir-chips">
        {[...dirs].map((c, i) => (
          <button
            key={i}
            type="button"
            className={`dir-chip w${i}`}
            disabled={disabled}
            aria-label={`Worker ${i + 1} adds ${c === '-' ? 'minus one' : 'plus one'}; press to flip`}
            onClick={() => flip(i)}
          >
            <span className="dir-worker">W{i + 1}</span>
            <span className="dir-sign">{c === '-' ? '−1' : '+1'}</span>
          </button>
        ))}
      </div>
      <div className="dir-presets">
        <button type="button" className="link-button" disabled={disabled} onClick={() => onChange(defaultDirs(dirs.length))}>
          Alternate
        </button>
        <button type="button" className="link-button" disabled={disabled} onClick={() => onChange('+'.repeat(dirs.length))}>
          All +1
        </button>
      </div>
    </div>
  );
}
