// A program in a link: UTF-8, deflate-raw, base64url without padding. Async (the streams API);
// a hostile value (bad characters, not deflate, a bomb, not UTF-8) is a reason, never a throw.
// Pure apart from the platform's streams; no DOM types (the few it uses are declared here).

/** The longest `code` value read (characters); a real program compresses to far less. */
export const MAX_CODE_CHARS = 48_000;
/** The largest program a link may unpack to (UTF-8 bytes): stops a small link that inflates to gigabytes. */
export const MAX_PROGRAM_BYTES = 64 * 1024;

interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}
interface ByteTransform {
  readonly writable: { getWriter(): ByteWriter };
  readonly readable: { getReader(): ByteReader };
}
// Browsers and Node (18+) provide these globally.
declare const CompressionStream: new (format: 'deflate-raw') => ByteTransform;
declare const DecompressionStream: new (format: 'deflate-raw') => ByteTransform;
declare const TextEncoder: new () => { encode(s: string): Uint8Array };
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(b: Uint8Array): string };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map(Array.from({ length: ALPHABET.length }, (_, i) => [ALPHABET.charAt(i), i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET.charAt((n >> (18 - 6 * k)) & 63);
  }
  return out;
}

/** The bytes, or null when the text is not unpadded base64url (a length of 4k+1 cannot be). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (acc >> bits) & 0xff;
    }
  }
  return bytes;
}

async function pump(stream: ByteTransform, input: Uint8Array, limit: number): Promise<Uint8Array | 'too-big'> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Written without awaiting: the reader below drains as the writer fills, and a write that fails
  // (corrupt input) surfaces as the read's rejection.
  const writing = writer.write(input).then(() => writer.close());
  writing.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      await writer.abort().catch(() => undefined);
      return 'too-big';
    }
    chunks.push(value);
  }
  await writing;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The `code` value of a program. */
export async function encodeProgram(source: string): Promise<string> {
  const packed = await pump(new CompressionStream('deflate-raw'), new TextEncoder().encode(source), Number.POSITIVE_INFINITY);
  // An infinite limit never answers 'too-big'.
  return toBase64Url(packed as Uint8Array);
}

export type DecodedProgram = { readonly ok: true; readonly source: string } | { readonly ok: false; readonly reason: string };

/** The program a `code` value holds, or why it holds none (a sentence for the page's notice). */
export async function decodeProgram(code: string): Promise<DecodedProgram> {
  const text = code.trim();
  if (text === '') return { ok: false, reason: 'the link’s program is empty' };
  if (text.length > MAX_CODE_CHARS) return { ok: false, reason: `the link’s program is longer than ${MAX_CODE_CHARS.toLocaleString('en-US')} characters` };
  const bytes = fromBase64Url(text);
  if (!bytes) return { ok: false, reason: 'the link’s program is not base64url text' };
  let unpacked: Uint8Array | 'too-big';
  try {
    unpacked = await pump(new DecompressionStream('deflate-raw'), bytes, MAX_PROGRAM_BYTES);
  } catch {
    return { ok: false, reason: 'the link’s program is damaged (it does not decompress)' };
  }
  if (unpacked === 'too-big') return { ok: false, reason: `the link’s program is larger than ${MAX_PROGRAM_BYTES / 1024} KiB` };
  try {
    return { ok: true, source: new TextDecoder('utf-8', { fatal: true }).decode(unpacked) };
  } catch {
    return { ok: false, reason: 'the link’s program is not UTF-8 text' };
  }
}
