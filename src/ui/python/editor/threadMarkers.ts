// The line each thread is about to run, marked in the editor in that thread's colour: a line
// background and a gutter tag ("T1"). Set from outside with setThreadLines; several threads on one
// line share it (the tags list them all).
import { RangeSetBuilder, StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, gutter, type DecorationSet } from '@codemirror/view';

export interface ThreadLine {
  /** Index of the thread's colour (`--w0`, `--w1`, …). */
  readonly colour: number;
  /** "T1", "T2", … */
  readonly label: string;
  /** 1-based line. */
  readonly line: number;
}

export const setThreadLines = StateEffect.define<readonly ThreadLine[]>();

const markers = StateField.define<readonly ThreadLine[]>({
  create: () => [],
  update(lines, tr) {
    for (const e of tr.effects) if (e.is(setThreadLines)) return e.value;
    // An edit moves lines under the markers: drop them until the program is stepped again.
    return tr.docChanged ? [] : lines;
  },
});

function lineDecorations(state: EditorState): DecorationSet {
  const doc = state.doc;
  const byLine = new Map<number, ThreadLine[]>();
  for (const t of state.field(markers)) {
    if (t.line < 1 || t.line > doc.lines) continue;
    byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  }
  const b = new RangeSetBuilder<Decoration>();
  for (const line of [...byLine.keys()].sort((x, y) => x - y)) {
    const ts = byLine.get(line)!;
    const first = ts[0]!;
    b.add(
      doc.line(line).from,
      doc.line(line).from,
      Decoration.line({
        class: 'cm-thread-line',
        attributes: { style: `--thread: var(--w${first.colour % 16})`, 'data-threads': ts.map((t) => t.label).join(' ') },
      }),
    );
  }
  return b.finish();
}

class TagMarker extends GutterMarker {
  readonly ts: readonly ThreadLine[];
  constructor(ts: readonly ThreadLine[]) {
    super();
    this.ts = ts;
  }
  override eq(other: TagMarker): boolean {
    return other.ts.map((t) => t.label).join() === this.ts.map((t) => t.label).join();
  }
  override toDOM(): Node {
    const box = document.createElement('span');
    box.className = 'cm-thread-tags';
    for (const t of this.ts) {
      const tag = document.createElement('span');
      tag.className = 'cm-thread-tag';
      tag.style.setProperty('--thread', `var(--w${t.colour % 16})`);
      tag.textContent = t.label;
      box.append(tag);
    }
    return box;
  }
}

const tags = gutter({
  class: 'cm-thread-gutter',
  lineMarker(view, block) {
    const line = view.state.doc.lineAt(block.from).number;
    const ts = view.state.field(markers).filter((t) => t.line === line);
    return ts.length > 0 ? new TagMarker(ts) : null;
  },
  lineMarkerChange: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(setThreadLines))) || update.docChanged,
});

export function threadMarkers(): Extension {
  return [markers, EditorView.decorations.compute([markers], lineDecorations), tags];
}
