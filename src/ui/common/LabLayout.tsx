// The frame of every lab page: its title and introduction, the settings panel beside the stage.
import type { ReactNode } from 'react';

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

export function LabLayout({ name, title, intro, settings, children }: Props) {
  return (
    <div className={`lab ${name}`}>
      <div className="lab-intro">
        <h2 className="lab-title">{title}</h2>
        <p>{intro}</p>
      </div>
      <aside className="panel settings-panel" aria-label="Settings">
        {settings}
      </aside>
      <div className="stage">{children}</div>
    </div>
  );
}
