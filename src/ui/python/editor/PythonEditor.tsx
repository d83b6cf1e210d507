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
import { useEffect, useRef } from 'react';
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

export function PythonEditor({ source, onChange, errors, threadLines, label }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
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
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
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

  return <div className="python-editor" ref={host} />;
}
