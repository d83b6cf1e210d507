// A count whose text stays the bare number ("-121166", the test contract) while it reads as every other
// count on the page ("−121,166"): separators and the minus sign are drawn by CSS (number.css).
import { Fragment } from 'react';
import './number.css';

/** Digit groups of |n|, most significant first: 1234567 → ["1", "234", "567"]. */
export function digitGroups(n: number): string[] {
  const digits = String(Math.abs(Math.round(n)));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups;
}

export function BareNumber({ value }: { value: number }) {
  const groups = digitGroups(value);
  return (
    <>
      {Math.round(value) < 0 && <span className="num-minus">-</span>}
      {groups.map((g, i) => (
        <Fragment key={i}>{i === 0 ? g : <span className="num-group">{g}</span>}</Fragment>
      ))}
    </>
  );
}

/** The same for an element the frame loop writes directly (no React render per frame). */
export function writeBareNumber(el: HTMLElement, value: number): void {
  const key = String(Math.round(value));
  if (el.dataset.shown === key) return;
  el.dataset.shown = key;
  el.replaceChildren();
  if (Math.round(value) < 0) el.append(span('num-minus', '-'));
  digitGroups(value).forEach((g, i) => el.append(i === 0 ? document.createTextNode(g) : span('num-group', g)));
}

function span(className: string, text: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}
