// Programs written as another program with some text replaced (fixtures/programs/variants.json):
// one program is the source for both, and the learner sees the derived text as the program. The
// recording script derives them from the same file, so CPython runs exactly this text. Pure data.
import VARIANTS_JSON from '../fixtures/programs/variants.json';

/** A program made from program `from` by replacing, in order, every `[old, new]` pair's old text. */
export interface Variant {
  readonly from: string;
  readonly replace: readonly (readonly string[])[];
}

/** By fixture name (`example-counter-small`, no `.py`). */
export const VARIANTS: Readonly<Record<string, Variant>> = VARIANTS_JSON;

/** `source` with the variant's replacements made; a text it cannot find is a mistake in the data, so it throws. */
export function derive(source: string, variant: Variant): string {
  return variant.replace.reduce((text, [old = '', now = '']) => {
    if (old === '' || !text.includes(old)) throw new Error(`variant of ${variant.from}: no “${old}” to replace`);
    return text.replaceAll(old, now);
  }, source);
}

/** The text of fixture program `name`: its own file, read by `read`, or the variant of another. */
export function programText(name: string, read: (name: string) => string): string {
  const variant = VARIANTS[name];
  return variant === undefined ? read(name) : derive(programText(variant.from, read), variant);
}
