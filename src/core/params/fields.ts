// Typed setting fields and their forgiving decoder: every bad value becomes a safe one plus a notice.
// Pure and synchronous; shared by every lab's link codec.

export interface IntField {
  readonly kind: 'int';
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
  /** How far the form's arrows move it; 1 when absent. */
  readonly step?: number;
}

/** A tighter largest value that other settings impose, and why (" for 16 workers (…)"), for the notice. */
export interface Cap {
  readonly max: number;
  readonly why: string;
}

export interface ChoiceField<T extends string> {
  readonly kind: 'choice';
  readonly label: string;
  readonly values: readonly T[];
  readonly fallback: T;
}

export type Field = IntField | ChoiceField<string>;

const SHOWN_CHARS = 24;

/** A raw value quoted for a notice: shortened, control characters dropped. Rendered as text only. */
export function quote(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '');
  return JSON.stringify(clean.length > SHOWN_CHARS ? `${clean.slice(0, SHOWN_CHARS)}…` : clean);
}

export function formatInt(n: number): string {
  return n.toLocaleString('en-US');
}

/** Parses a whole number, accepting digit group separators such as 1,000,000 or 1_000_000. */
export function parseWhole(raw: string): number | null {
  const t = raw.trim().replace(/[,_]/g, '');
  if (!/^[+-]?\d+(\.\d+)?([eE][+]?\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * A number brought to a whole within the field's range (`cap` may tighten its max), with what had to
 * change in words for the notice, or null when nothing did. `shown` is the number as it was written.
 */
export function fitWhole(field: IntField, n: number, cap?: Cap, shown = formatInt(n)): { value: number; change: string | null } {
  const max = cap?.max ?? field.max;
  // + 0 turns -0 (from "-0" or "-0.4") into 0: a -0 would read "so it is -0" in the notice and
  // would not survive a round trip through the link under Object.is.
  const whole = Math.round(n) + 0;
  if (whole < field.min) return { value: field.min, change: `${formatInt(whole)} is below ${formatInt(field.min)}, so it is ${formatInt(field.min)}.` };
  if (whole > max) return { value: max, change: `${formatInt(whole)} is above ${formatInt(max)}${cap?.why ?? ''}, so it is ${formatInt(max)}.` };
  if (whole !== n) return { value: whole, change: `${shown} is not whole, so it is ${formatInt(whole)}.` };
  return { value: whole, change: null };
}

/** Decodes an int field; `cap` may tighten its max (it depends on other settings). */
export function decodeInt(field: IntField, raw: string | null, notices: string[], cap?: Cap): number {
  const fallback = Math.min(field.fallback, cap?.max ?? field.max);
  if (raw === null) return fallback;
  const n = parseWhole(raw);
  if (n === null) {
    notices.push(`${field.label}: ${quote(raw)} is not a number, so it is ${formatInt(fallback)}.`);
    return fallback;
  }
  const { value, change } = fitWhole(field, n, cap, raw.trim());
  if (change) notices.push(`${field.label}: ${change}`);
  return value;
}

export function decodeChoice<T extends string>(field: ChoiceField<T>, raw: string | null, notices: string[]): T {
  if (raw === null) return field.fallback;
  const t = raw.trim().toLowerCase();
  const hit = field.values.find((v) => v === t);
  if (hit !== undefined) return hit;
  notices.push(`${field.label}: ${quote(raw)} is not one of ${field.values.join(', ')}, so it is ${field.fallback}.`);
  return field.fallback;
}

export function clampInt(field: IntField, n: number, max = field.max): number {
  if (!Number.isFinite(n)) return Math.min(field.fallback, max);
  return Math.min(max, Math.max(field.min, Math.round(n)));
}
