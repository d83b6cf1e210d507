// str.format: `{}`, `{0}`, `{name}`, `{0[1]}`, `{a.b}`, `!r`/`!s`, and specs with nested `{}` fields.
// Single-threaded: synchronous; attribute lookups may call library properties.
import { getAttr } from './attr.ts';
import { Exc, raiseType } from './exceptions.ts';
import { format } from './format.ts';
import { Blocked, type NativeCtx, type PyKwargs, type PyValue } from './object.ts';
import { repr, str } from './repr.ts';
import { getItem } from './subscript.ts';

function settled(v: PyValue | Blocked): PyValue {
  if (v instanceof Blocked) return raiseType(Exc.RuntimeError, 'a blocking attribute cannot be formatted');
  return v;
}

/** Formats `template` with positional `args` and keyword `kwargs`, as `template.format(...)`. */
export function formatTemplate(ctx: NativeCtx, template: string, args: readonly PyValue[], kwargs: PyKwargs | null): string {
  let auto = 0;
  let manual = false;

  const lookup = (field: string): PyValue => {
    const m = /^([^.[]*)(.*)$/s.exec(field)!;
    const head = m[1] ?? '';
    let value: PyValue;
    if (head === '') {
      if (manual) raiseType(Exc.ValueError, 'cannot switch from manual field specification to automatic field numbering');
      if (auto >= args.length) raiseType(Exc.IndexError, `Replacement index ${auto} out of range for positional args tuple`);
      value = args[auto++]!;
    } else if (/^\d+$/.test(head)) {
      if (auto > 0) raiseType(Exc.ValueError, 'cannot switch from automatic field numbering to manual field specification');
      manual = true;
      const i = Number(head);
      if (i >= args.length) raiseType(Exc.IndexError, `Replacement index ${i} out of range for positional args tuple`);
      value = args[i]!;
    } else {
      const v = kwargs?.get(head);
      if (v === undefined) raiseType(Exc.KeyError, head);
      value = v;
    }
    for (const part of (m[2] ?? '').matchAll(/\.([^.[]+)|\[([^\]]*)\]/g)) {
      if (part[1] !== undefined) value = settled(getAttr(value, part[1], ctx));
      else {
        const key = part[2] ?? '';
        value = settled(getItem(value, /^\d+$/.test(key) ? Number(key) : key, ctx));
      }
    }
    return value;
  };

  let out = '';
  let i = 0;
  while (i < template.length) {
    const c = template[i]!;
    if (c === '}') {
      if (template[i + 1] !== '}') raiseType(Exc.ValueError, "Single '}' encountered in format string");
      out += '}';
      i += 2;
      continue;
    }
    if (c !== '{') {
      out += c;
      i++;
      continue;
    }
    if (template[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // Find the matching close brace, allowing one level of nested fields inside the spec.
    let depth = 1;
    let j = i + 1;
    for (; j < template.length && depth > 0; j++) {
      if (template[j] === '{') depth++;
      else if (template[j] === '}') depth--;
    }
    if (depth > 0) raiseType(Exc.ValueError, "expected '}' before end of string");
    const body = template.slice(i + 1, j - 1);
    const m = /^([^!:]*)(?:!([^:]*))?(?::(.*))?$/s.exec(body)!;
    let value = lookup(m[1] ?? '');
    const conv = m[2];
    if (conv !== undefined) {
      if (conv === 'r' || conv === 'a') value = repr(value);
      else if (conv === 's') value = str(value);
      else raiseType(Exc.ValueError, `Unknown conversion specifier ${conv}`);
    }
    const spec = (m[3] ?? '').replace(/\{([^{}]*)\}/g, (_all, inner: string) => str(lookup(inner)));
    out += format(value, spec);
    i = j;
  }
  return out;
}
