// Theme and motion preferences: the learner's pick wins; "system"/"auto" follow the operating system.
import { describe, expect, it } from 'vitest';
import { motionPaused, resolveTheme } from './preferences.ts';

describe('preferences', () => {
  it('resolve the theme', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('pause animation by choice, or by reduced motion when there is none', () => {
    expect(motionPaused('auto', true)).toBe(true);
    expect(motionPaused('auto', false)).toBe(false);
    expect(motionPaused('playing', true)).toBe(false);
    expect(motionPaused('paused', false)).toBe(true);
  });
});
