// The glossary under the lessons: the words every lab's text uses, each with its one meaning.
import { GLOSSARY } from '../../core/lessons/glossary.ts';

export function Glossary() {
  return (
    <section className="panel glossary" id="glossary" tabIndex={-1} aria-labelledby="glossary-title">
      <h3 id="glossary-title">Words used here</h3>
      <dl>
        {GLOSSARY.map((t) => (
          <div key={t.id} id={`term-${t.id}`} className="glossary-term">
            <dt>{t.term}</dt>
            <dd>{t.meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
