// The frame of every lab page: its title and introduction, the settings panel beside the stage (folded
// above it where the stage needs the width).
import type { ReactNode } from 'react';
import { useStore } from '../../state/store.ts';
import { SettingsPanel } from './SettingsPanel.tsx';
import { useMediaQuery } from './useMediaQuery.ts';

interface Props {
  /** The lab's own class, e.g. `counter-lab`, for its stylesheet. */
  readonly name: string;
  readonly title: string;
  /** One paragraph: what the lab does and what to press. */
  readonly intro: ReactNode;
  readonly settings: ReactNode;
  /** The stage: controls, live view, results, code. */
  readonly children: ReactNode;
}

/** Presentation type on a screen narrower than this leaves no room for settings beside the stage. */
const ROOM_FOR_SETTINGS = '(min-width: 1600px)';
/** One column (a phone, a narrow window): folded above the stage, the settings stay within reach of Run. */
const ONE_COLUMN = '(max-width: 900px)';

export function LabLayout({ name, title, intro, settings, children }: Props) {
  const presentation = useStore((s) => s.presentation);
  const wide = useMediaQuery(ROOM_FOR_SETTINGS);
  const narrow = useMediaQuery(ONE_COLUMN);
  const folds = narrow || (presentation && !wide);
  return (
    <div className={folds ? `lab lab-folded ${name}` : `lab ${name}`}>
      <div className="lab-intro">
        <h2 className="lab-title">{title}</h2>
        <p>{intro}</p>
      </div>
      <SettingsPanel folds={folds}>{settings}</SettingsPanel>
      <div className="stage">{children}</div>
    </div>
  );
}
