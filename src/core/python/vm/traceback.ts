// Tracebacks as CPython 3.12 prints them: the frames an exception passed through, each quoting its
// source line with the caret line 3.12 draws under the failing part, then `Type: message`.
// Pure functions over an exception the eval loop filled in; no machine state.
import type { CodeObject } from '../code.ts';
import { POS_STRIDE } from '../code.ts';
import { parseProgram } from '../parse/parse.ts';
import type { ExprNode } from '../parse/ast.ts';
import { exceptionStr } from '../values/repr.ts';
import type { PyException, TracebackEntry } from '../values/types.ts';

/** A traceback line the eval loop records: the frame's code and the instruction that raised. */
export interface FrameEntry extends TracebackEntry {
  readonly filename: string;
  /** The code object and instruction index, for the source line and its columns. */
  readonly code?: CodeObject;
  readonly index?: number;
  /** The quoted source line when there is no code object (CPython's own library frames). */
  readonly text?: string;
}

/** Where CPython's library keeps its modules in the recorded fixtures (the recorder rewrites paths to it). */
export const STDLIB = '/usr/lib/python3.12';

/**
 * The frames CPython 3.12.1's own Python code adds beneath a started thread's target and a
 * process's target: `threading.Thread._bootstrap_inner` and `run`, and multiprocessing's.
 */
export const BOOTSTRAP: { readonly thread: readonly FrameEntry[]; readonly process: readonly FrameEntry[] } = {
  thread: [
    { filename: `${STDLIB}/threading.py`, line: 1073, name: '_bootstrap_inner', text: 'self.run()' },
    { filename: `${STDLIB}/threading.py`, line: 1010, name: 'run', text: 'self._target(*self._args, **self._kwargs)' },
  ],
  process: [
    { filename: `${STDLIB}/multiprocessing/process.py`, line: 314, name: '_bootstrap', text: 'self.run()' },
    { filename: `${STDLIB}/multiprocessing/process.py`, line: 108, name: 'run', text: 'self._target(*self._args, **self._kwargs)' },
  ],
};

const WHITESPACE = /[ \t\f]/;

/** Character index in `line` of a UTF-8 byte offset (CPython's positions count bytes). */
function charOffset(line: string, bytes: number): number {
  let b = 0;
  let i = 0;
  while (b < bytes && i < line.length) {
    const c = line.codePointAt(i) ?? 0;
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return i;
}

interface Anchors {
  readonly left: number;
  readonly right: number;
}

/**
 * CPython 3.12's `extract_anchors_from_line`: when the failing segment is one binary operation or
 * one subscript, the operator or the brackets get `^` and the rest `~`. Offsets within `segment`.
 */
function anchorsOf(segment: string): Anchors | null {
  const parsed = parseProgram(segment);
  if (!parsed.ok || parsed.module.body.length !== 1) return null;
  const stmt = parsed.module.body[0];
  if (stmt?.nodeType !== 'Expr') return null;
  const e: ExprNode = stmt.value;
  const col = (bytes: number | undefined): number => charOffset(segment, bytes ?? 0);
  if (e.nodeType === 'BinOp') {
    const start = col(e.left.end_col_offset);
    const stop = col(e.right.col_offset);
    for (let i = start; i < stop; i++) {
      const ch = segment.charAt(i);
      if (WHITESPACE.test(ch)) continue;
      const wide = i + 1 < stop && !WHITESPACE.test(segment.charAt(i + 1));
      // A `)` closing the left operand is not the operator: keep looking.
      if (i + 1 < stop && ch === ')') continue;
      return { left: i, right: i + (wide ? 2 : 1) };
    }
    return null;
  }
  if (e.nodeType === 'Subscript') {
    let left = col(e.value.end_col_offset);
    let right = col(e.slice.end_col_offset) + 1;
    while (left < segment.length && segment.charAt(left) !== '[') left++;
    while (right < segment.length && segment.charAt(right) !== ']') right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return null;
}

/** The quoted source line and, where 3.12 draws one, its caret line. */
function sourceLines(entry: FrameEntry): string {
  if (entry.text !== undefined) return `    ${entry.text}\n`;
  const code = entry.code;
  const index = entry.index ?? -1;
  const line = code?.sourceLines?.[entry.line - 1];
  if (code === undefined || line === undefined) return '';
  const stripped = line.trim();
  if (stripped === '') return '';
  let out = `    ${stripped}\n`;
  const p = index * POS_STRIDE;
  const startLine = code.positions[p] ?? -1;
  const endLine = code.positions[p + 2] ?? -1;
  const startByte = code.positions[p + 1] ?? -1;
  const endByte = code.positions[p + 3] ?? -1;
  if (startLine < 0 || endLine < 0 || startByte < 0 || endByte < 0) return out;
  const start = charOffset(line, startByte);
  let end = charOffset(line, endByte);
  let anchors: Anchors | null = null;
  if (startLine === endLine) anchors = anchorsOf(line.slice(start, end));
  else end = line.trimEnd().length;
  if (end - start === stripped.length && anchors === null) return out;
  const indent = line.length - line.trimStart().length;
  let carets = ' '.repeat(4 + start - indent);
  for (let i = start; i < end; i++) {
    const inner = anchors !== null && i - start >= anchors.left && i - start < anchors.right;
    carets += anchors === null || inner ? '^' : '~';
  }
  out += `${carets}\n`;
  return out;
}

function frameText(entry: TracebackEntry): string {
  if (!('filename' in entry)) return `  File "<program>", line ${entry.line}, in ${entry.name}\n`;
  const e = entry as FrameEntry;
  return `  File "${e.filename}", line ${entry.line}, in ${entry.name}\n${sourceLines(e)}`;
}

/** `ValueError: message`, or the type alone when the message is empty; modules other than builtins and __main__ prefix it. */
function lastLine(exc: PyException): string {
  const type = exc.type;
  const name = type.module === 'builtins' || type.module === '__main__' ? type.name : `${type.module}.${type.name}`;
  const text = exceptionStr(exc);
  return text === '' ? `${name}\n` : `${name}: ${text}\n`;
}

function formatOne(exc: PyException, seen: Set<PyException>): string {
  seen.add(exc);
  let out = '';
  if (exc.cause !== null && !seen.has(exc.cause)) {
    out += `${formatOne(exc.cause, seen)}\nThe above exception was the direct cause of the following exception:\n\n`;
  } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
    out += `${formatOne(exc.context, seen)}\nDuring handling of the above exception, another exception occurred:\n\n`;
  }
  if (exc.traceback.length > 0) {
    out += 'Traceback (most recent call last):\n';
    for (const entry of exc.traceback) out += frameText(entry);
  }
  return out + lastLine(exc);
}

/**
 * The text CPython 3.12 writes to stderr for an uncaught exception: its chain (cause or context
 * first), each traceback, and the last line. A thread's "Exception in thread …:" header is the
 * machine's to write.
 */
export function formatException(exc: PyException): string {
  return formatOne(exc, new Set());
}
