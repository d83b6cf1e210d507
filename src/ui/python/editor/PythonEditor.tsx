// The program editor: CodeMirror 6 with Python highlighting, line numbers, undo, the compiler's
// errors underlined, and each thread's current line marked in its colour. Uncontrolled: it tells
// the store about edits and takes a new text only when the program is replaced (an example, a link).
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { useEffect, useRef, useState } from 'react';
import { setThreadLines, threadMarkers, type ThreadLine } from './threadMarkers.ts';
import './editor.css';

export interface EditorError {
  readonly from: number;
  readonly to: number;
  readonly message: string;
}

interface Props {
  readonly source: string;
  readonly onChange: (source: string) => void;
  readonly errors: readonly EditorError[];
  readonly threadLines: readonly ThreadLine[];
  readonly label: string;
}

function diagnostics(state: EditorState, errors: readonly EditorError[]): Diagnostic[] {
  const len = state.doc.length;
  return errors.map((e) => {
    const from = Math.max(0, Math.min(e.from, len));
    // An error at the very end (an unclosed block) still gets one character to underline.
    const to = Math.max(from, Math.min(e.to, len));
    return { from, to: to === from && from < len ? from + 1 : to, severity: 'error', message: e.message };
  });
}

/** Code cut off at a side of the editor, and where the code starts (past the gutters), for the shadows. */
interface Cut {
  readonly start: boolean;
  readonly end: boolean;
  readonly gutter: number;
}

function cutOf(v: EditorView): Cut {
  const el = v.scrollDOM;
  // A pixel of slack: fractional widths leave sub-pixel overflow that is nothing to scroll.
  return { start: el.scrollLeft > 1, end: el.scrollLeft < el.scrollWidth - el.clientWidth - 1, gutter: v.dom.querySelector<HTMLElement>('.cm-gutters')?.offsetWidth ?? 0 };
}

export function PythonEditor({ source, onChange, errors, threadLines, label }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  const [cut, setCut] = useState<Cut>({ start: false, end: false, gutter: 0 });
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
    // A line longer than the editor is wide scrolls sideways: a shadow on the cut edge says so.
    const recut = (): void => {
      const v = view.current;
      if (!v) return;
      const next = cutOf(v);
      setCut((c) => (c.start === next.start && c.end === next.end && c.gutter === next.gutter ? c : next));
    };
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: source,
        extensions: [
          lineNumbers(),
          threadMarkers(),
          lintGutter(),
          history(),
          indentOnInput(),
          indentUnit.of('    '),
          bracketMatching(),
          highlightActiveLine(),
          python(),
          syntaxHighlighting(classHighlighter),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) changed.current(u.state.doc.toString());
            if (u.docChanged || u.geometryChanged) recut();
          }),
        ],
      }),
    });
    view.current = v;
    v.scrollDOM.addEventListener('scroll', recut, { passive: true });
    recut();
    return () => {
      v.scrollDOM.removeEventListener('scroll', recut);
      v.destroy();
      view.current = null;
    };
    // The editor is made once; later texts arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === source) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: source } });
  }, [source]);

  useEffect(() => {
    const v = view.current;
    if (v) v.dispatch(setDiagnostics(v.state, diagnostics(v.state, errors)));
  }, [errors, source]);

  useEffect(() => {
    view.current?.dispatch({ effects: setThreadLines.of(threadLines) });
  }, [threadLines]);

  return (
    <div className="scroll-cue">
      <div className="python-editor" ref={host} />
      <span className="scroll-shadow scroll-shadow-start" style={{ left: cut.gutter }} data-testid="scroll-cue-start" aria-hidden="true" hidden={!cut.start} />
      <span className="scroll-shadow scroll-shadow-end" data-testid="scroll-cue-end" aria-hidden="true" hidden={!cut.end} />
    </div>
  );
}
