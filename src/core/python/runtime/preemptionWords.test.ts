// The outcome notes quote the line a switch falls in: its code, never its comment.
import { describe, expect, it } from 'vitest';
import { codeOf, describePreemptions } from './preemptionWords.ts';

describe('codeOf', () => {
  it('drops a comment and the blanks around the code', () => {
    expect(codeOf('        x += 1  # read x, add one, write x back')).toBe('x += 1');
    expect(codeOf('    print(x)')).toBe('print(x)');
    expect(codeOf('# only a comment')).toBe('');
  });

  it('keeps a # inside a string, escaped quotes included', () => {
    expect(codeOf(`print("# not a comment")  # a comment`)).toBe(`print("# not a comment")`);
    expect(codeOf(`s = 'it\\'s # still text' # gone`)).toBe(`s = 'it\\'s # still text'`);
    expect(codeOf(`print(f"Produced: {i}")`)).toBe(`print(f"Produced: {i}")`);
  });
});

describe('describePreemptions', () => {
  it('quotes the code of each line a switch falls in', () => {
    const lines = ['def w():', '    x += 1  # three steps'];
    const words = describePreemptions(1, [{ move: 7, thread: 1, line: 2, midLine: true, name: 'Thread-1 (w)' }], (n) => lines[n - 1] ?? '');
    expect(words).toBe('This outcome needs one preemption: a switch in the middle of `x += 1` (Thread-1 (w), line 2).');
  });
});
