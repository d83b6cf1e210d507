// Each thread's code for the chosen test, side by side: the textbook pseudo-code and the JavaScript each
// worker runs with this kind of access; then why the forbidden outcome can happen, and what to notice.
import { LITMUS_TESTS } from '../../core/litmus/index.ts';
import { useStore } from '../../state/store.ts';
import { ACCESS_LABELS, noticeText, TRY_THIS } from './teach.ts';

export function CodePanel() {
  const p = useStore((s) => s.litmus);
  const runParams = useStore((s) => s.litmusRunParams);
  const result = useStore((s) => s.litmusResult);
  const test = LITMUS_TESTS[p.test];
  // What this machine showed, when the last run was of the test and access shown.
  const seen = result && runParams?.test === p.test && runParams.access === p.access && !result.stopped ? result : null;
  return (
    <section className="panel code-panel" aria-labelledby="litmus-code-title">
      <h2 id="litmus-code-title">
        What each thread runs · {test.title} · {ACCESS_LABELS[p.access]}
      </h2>
      <p className="litmus-description">{test.description}</p>
      <p className="hint">
        {test.variables.join(' and ')} start at 0 in every iteration; r0 and r1 are what the loads saw.
      </p>
      <div className="litmus-threads">
        {test.threads.map((t) => (
          <div key={t.name} className="litmus-thread">
            <h3>Thread {t.name}</h3>
            <pre className="code" tabIndex={0} aria-label={`Thread ${t.name} pseudo-code`}>
              <code>{t.pseudo.join('\n')}</code>
            </pre>
            <pre className="code" tabIndex={0} aria-label={`Thread ${t.name} JavaScript, ${ACCESS_LABELS[p.access]}`}>
              <code>{t.js[p.access].join('\n')}</code>
            </pre>
          </div>
        ))}
      </div>
      <div className="teach litmus-teach">
        <div>
          <h3>What to notice</h3>
          <p data-testid="litmus-notice">{noticeText(p.test, p.access, seen)}</p>
          <p>
            A relaxed outcome needs both threads racing at the same instant. On a busy machine one thread is often
            paused by the system and the other runs its races alone, which can only give ordinary outcomes: the share
            of iterations that started together, above the table, tells you how much real racing there was.
          </p>
        </div>
        <div>
          <h3>Why it can happen</h3>
          <p>{test.whyRelaxed}</p>
          <h3>Try this</h3>
          <p>{TRY_THIS[p.access]}</p>
        </div>
      </div>
    </section>
  );
}
