import { describe, expect, it } from 'vitest';
import { flatCopy } from './flatCopy.js';

describe('flatCopy', () => {
  it('gives the same characters, for slices, whole texts and surrogate pairs alike', () => {
    const plan = '2021(R3)年度：内部情報系業務BPR 😀 2022(R4)年度～：並行稼働\n'.repeat(20);
    for (const text of [plan, plan.slice(7, 300), plan.trim(), '令和3年度', '😀', 'ab', '\uD800x']) {
      const copy = flatCopy(text);
      expect(copy).toBe(text);
      expect(copy.length).toBe(text.length);
    }
  });

  it('gives texts shorter than two code units back as they are', () => {
    expect(flatCopy('')).toBe('');
    expect(flatCopy('年')).toBe('年');
  });
});
