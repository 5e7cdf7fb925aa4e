import { describe, expect, it } from 'vitest';
import { runToEnd } from './runToEnd.js';

describe('runToEnd', () => {
  it('runs a generator through all it yields and gives what it returns', () => {
    const yielded: number[] = [];
    function* steps(): Generator<number, string, undefined> {
      for (let k = 1; k <= 3; k++) {
        yielded.push(k);
        yield k;
      }
      return 'done';
    }
    expect(runToEnd(steps())).toBe('done');
    expect(yielded).toEqual([1, 2, 3]);
  });

  it('finishes a generator already part-run', () => {
    function* steps(): Generator<number, number, undefined> {
      let sum = 0;
      for (let k = 1; k <= 4; k++) sum += (yield k) ?? k;
      return sum;
    }
    const started = steps();
    started.next();
    expect(runToEnd(started)).toBe(10);
  });
});
