// Text with `code` spans (lessons, examples, outcome notes): the only markup they use, rendered as elements, never as HTML.
import { Fragment } from 'react';

export function RichText({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}
