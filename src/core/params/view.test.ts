// View options in the link: embed and lesson are read forgivingly and written only when set.
import { describe, expect, it } from 'vitest';
import { decodeView, withView } from './view.ts';

const isLesson = (id: string): boolean => id === 'counter-lock';

describe('view options', () => {
  it('read embed flags and known lessons', () => {
    expect(decodeView('?embed=1&lesson=counter-lock', isLesson)).toEqual({ view: { embed: true, lesson: 'counter-lock' }, notices: [] });
    expect(decodeView('embed=TRUE', isLesson).view.embed).toBe(true);
    expect(decodeView('embed', isLesson).view.embed).toBe(true);
    expect(decodeView('embed=0', isLesson)).toEqual({ view: { embed: false, lesson: null }, notices: [] });
    expect(decodeView('lesson=%20Counter-Lock%20', isLesson).view.lesson).toBe('counter-lock');
    expect(decodeView('', isLesson)).toEqual({ view: { embed: false, lesson: null }, notices: [] });
  });

  it('turn odd values into notices, shown as text', () => {
    const { view, notices } = decodeView('embed=maybe&lesson=%3Cscript%3Ealert(1)%3C%2Fscript%3E', isLesson);
    expect(view).toEqual({ embed: false, lesson: null });
    expect(notices).toHaveLength(2);
    expect(notices[1]).toContain('<script>');
  });

  it('never throw on broken percent-encoding', () => {
    expect(() => decodeView('lesson=%E0%A4%A&embed=%ZZ', isLesson)).not.toThrow();
  });

  it('are appended only when set', () => {
    expect(withView('lab=counter&v=1', { embed: false, lesson: null })).toBe('lab=counter&v=1');
    expect(withView('lab=counter&v=1', { embed: true, lesson: 'counter-lock' })).toBe('lab=counter&v=1&lesson=counter-lock&embed=1');
    expect(withView('', { embed: true, lesson: null })).toBe('embed=1');
  });
});
