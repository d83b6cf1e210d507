// Excerpts of the kernels' WebAssembly text: whole functions, their comments, what they call, once each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { watExcerpt } from './watExcerpt.ts';

const MODULE = `(module
  ;; Adds one, the long way.
  ;; (Two comment lines.)
  (func $inc (param $x i32) (result i32)
    (call $add (local.get $x) (i32.const 1)))

  (func $add (param $a i32) (param $b i32) (result i32)
    ;; a ) in a comment, and a "(" in a string below
    (i32.add (local.get $a) (local.get $b)))

  (func $twice (export "twice") (param $x i32) (result i32)
    (call $inc (call $inc (local.get $x))))
)`;

describe('watExcerpt', () => {
  it('gives a function with its comments, then what it calls, dedented', () => {
    expect(watExcerpt(MODULE, ['inc'])).toBe(
      [
        ';; Adds one, the long way.',
        ';; (Two comment lines.)',
        '(func $inc (param $x i32) (result i32)',
        '  (call $add (local.get $x) (i32.const 1)))',
        '',
        '(func $add (param $a i32) (param $b i32) (result i32)',
        '  ;; a ) in a comment, and a "(" in a string below',
        '  (i32.add (local.get $a) (local.get $b)))',
      ].join('\n'),
    );
  });

  it('shows each function once, and skips names the module does not have', () => {
    const out = watExcerpt(MODULE, ['twice', 'nope', 'add']);
    expect(out.match(/\(func \$inc/g)).toHaveLength(1);
    expect(out.match(/\(func \$add/g)).toHaveLength(1);
    expect(out.indexOf('$twice')).toBeLessThan(out.indexOf('(func $inc'));
  });

  it('cuts every Counter mode out of counter.wat whole', () => {
    const text = readFileSync(new URL('../counter/counter.wat', import.meta.url), 'utf8');
    const mutex = watExcerpt(text, ['mutex']);
    for (const f of ['$mutex ', '$mutex_lock', '$mutex_unlock', '$busy']) expect(mutex).toContain(`(func ${f}`);
    expect(mutex).toContain('memory.atomic.wait32');
    expect(mutex).not.toContain('(func $spin_lock');
    // Each mode's function is found, and the cut stops at its end, before the next function.
    for (const mode of ['none', 'flag', 'split', 'spin', 'atomic', 'local']) {
      const out = watExcerpt(text, [mode]);
      expect(out.startsWith(';;') || out.startsWith(`(func $${mode} `)).toBe(true);
      expect(out).not.toContain('(module');
      expect(out.match(new RegExp(`\\(func \\$${mode} `, 'g'))).toHaveLength(1);
    }
  });
});
