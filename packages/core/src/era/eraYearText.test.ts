import { describe, expect, it } from 'vitest';
import { eraYearText } from './eraYearText.js';

describe('eraYearText', () => {
  it('writes the first year as 元年 and others with their number', () => {
    expect(eraYearText('令和', 1)).toBe('令和元年');
    expect(eraYearText('平成', 32)).toBe('平成32年');
  });
});
