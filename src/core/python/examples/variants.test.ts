// Examples derived from another example's program: the replacements, and the data they are made from.
import { describe, expect, it } from 'vitest';
import { fixtureSource } from '../../../testing/pythonFixtures.ts';
import { derive, programText, VARIANTS } from './variants.ts';

describe('example variants', () => {
  const base = 'for _ in range(9):\n    x += 1\n    x += 1\n';
  const read = (name: string): string => (name === 'base' ? base : '');

  it('replaces every occurrence of each old text, in order', () => {
    expect(derive(base, { from: 'base', replace: [['x += 1', 'y += 1'], ['range(9)', 'range(2)']] })).toBe('for _ in range(2):\n    y += 1\n    y += 1\n');
  });

  it('throws on a text the program does not hold, so a stale variant cannot pass unchanged', () => {
    expect(() => derive(base, { from: 'base', replace: [['z += 1', 'y += 1']] })).toThrow(/no “z \+= 1”/);
    expect(() => derive(base, { from: 'base', replace: [['', 'y']] })).toThrow();
  });

  it('derives from a file or from another variant, and each variant differs from what it comes from', () => {
    expect(programText('base', read)).toBe(base);
    for (const [name, variant] of Object.entries(VARIANTS)) {
      expect(fixtureSource(`${name}.py`), name).not.toBe(fixtureSource(`${variant.from}.py`));
    }
  });
});
