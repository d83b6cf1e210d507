// Source positions: CPython counts columns in UTF-8 bytes, the editor in UTF-16 code units.
// Pure functions over the source text.

/** A positioned message about a program: 1-based lines and columns in characters (UTF-16). */
export interface ProgramError {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** Offsets in the source text (UTF-16), for underlining in an editor. */
  readonly from: number;
  readonly to: number;
  /** "line 3, column 1: `class` is not supported yet". */
  readonly message: string;
}

/** How many bytes UTF-8 takes for one code point. */
export function utf8Bytes(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Converts CPython positions (line, UTF-8 byte column) to offsets in the source text. */
export class SourceMap {
  readonly source: string;
  private readonly lineStarts: number[] = [0];

  constructor(source: string) {
    this.source = source;
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    const end = next === undefined ? this.source.length : next - 1;
    return this.source.slice(start, end).replace(/\r$/, '');
  }

  /** (1-based line, UTF-8 byte column) of a UTF-16 offset: the inverse of {@link offset}. */
  position(offset: number): { line: number; byteCol: number } {
    let line = 1;
    while (line < this.lineStarts.length && this.lineStarts[line]! <= offset) line++;
    let byteCol = 0;
    for (let i = this.lineStarts[line - 1]!; i < offset; ) {
      const c = this.source.codePointAt(i) ?? 0;
      byteCol += utf8Bytes(c);
      i += c >= 0x10000 ? 2 : 1;
    }
    return { line, byteCol };
  }

  /** UTF-16 offset of (1-based line, UTF-8 byte column). */
  offset(line: number, byteCol: number): number {
    const start = this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1] ?? 0;
    let bytes = 0;
    let i = start;
    while (bytes < byteCol && i < this.source.length) {
      const c = this.source.codePointAt(i) ?? 0;
      bytes += utf8Bytes(c);
      i += c >= 0x10000 ? 2 : 1;
    }
    return i;
  }

  /** 0-based character column of (line, byte column). */
  charCol(line: number, byteCol: number): number {
    return this.offset(line, byteCol) - (this.lineStarts[line - 1] ?? 0);
  }

  /** A positioned error over [line:byteCol, endLine:endByteCol), its message prefixed with where. */
  error(message: string, line: number, byteCol: number, endLine = line, endByteCol = byteCol): ProgramError {
    const safeLine = Math.min(Math.max(line, 1), this.lineCount);
    const safeEnd = Math.min(Math.max(endLine, safeLine), this.lineCount);
    const from = this.offset(safeLine, byteCol);
    const to = Math.max(from, this.offset(safeEnd, endByteCol));
    const col = this.charCol(safeLine, byteCol) + 1;
    return {
      line: safeLine,
      col,
      endLine: safeEnd,
      endCol: this.charCol(safeEnd, endByteCol) + 1,
      from,
      to,
      message: `line ${safeLine}, column ${col}: ${message}`,
    };
  }
}
