// Walks the lab registry: every lab reads its own default link silently and round-trips any link it
// writes, has a page, a lab that runs can be exported and keeps its runs, and an export is empty
// before the lab's first run; every lab with a list in "Your runs" has its columns (the Python lab records its runs itself).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink, defaultSettings, encodeLink, LABS, linkOf } from '../core/params/link.ts';
import { useStore } from '../state/store.ts';
import { LAB_REGISTRY, labDefinition } from './labs.ts';

describe('the lab registry', () => {
  it('has one definition per lab of the link list, under its own id', () => {
    expect(Object.keys(LAB_REGISTRY).sort()).toEqual([...LABS].sort());
    for (const lab of LABS) expect(labDefinition(lab).link).toBe(linkOf(lab));
  });

  it('lists the Python lab, and every lab but the Explorer exports its results and keeps its runs', () => {
    expect(LABS).toContain('python');
    expect(LABS.filter((lab) => labDefinition(lab).results !== null).sort()).toEqual(['counter', 'litmus', 'python', 'queue', 'scaling']);
    expect(LABS.filter((lab) => labDefinition(lab).history !== null).sort()).toEqual(['counter', 'litmus', 'python', 'queue', 'scaling']);
  });

  for (const lab of LABS) {
    describe(lab, () => {
      const def = labDefinition(lab);

      it('opens its own default link without a notice, and writes it back the same', () => {
        const link = encodeLink(defaultSettings(lab));
        expect(link.startsWith(`lab=${lab}&`)).toBe(true);
        const read = decodeLink(link);
        expect(read).toEqual({ settings: defaultSettings(lab), notices: [] });
        expect(encodeLink(read.settings)).toBe(link);
      });

      it('reads any link of its keys into settings that round-trip silently', () => {
        const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 5000 }).map(String), fc.constantFrom('', '1', '0', '+-', 'none'));
        const query = fc.dictionary(fc.constantFrom(...def.link.keys), value, { maxKeys: def.link.keys.length });
        fc.assert(
          fc.property(query, (entries) => {
            const search = new URLSearchParams({ lab, ...entries }).toString();
            const first = decodeLink(search);
            expect(first.settings.lab).toBe(lab);
            const again = decodeLink(encodeLink(first.settings));
            expect(again.settings).toEqual(first.settings);
            // Only a rule that keeps settings and explains them (spsc with other counts) may say so again.
            expect(again.notices.length).toBeLessThanOrEqual(1);
            for (const n of again.notices) expect(first.notices).toContain(n);
          }),
          { numRuns: 150 },
        );
      });

      it('has a page; with a run, it exports its results and keeps its runs', () => {
        expect(def.Page).toBeTruthy();
        expect(def.link.title.length).toBeGreaterThan(0);
        if (def.run) {
          expect(def.results).not.toBeNull();
          expect(def.history.length).toBeGreaterThan(0);
        }
        // Every lab with history columns has its own list in "Your runs", and every list has columns.
        expect(def.history !== null).toBe(lab in useStore.getState().history);
      });

      it('has nothing to export before its first run', () => {
        if (def.results) expect(def.results.lastRun(useStore.getState())).toBeNull();
      });
    });
  }
});
