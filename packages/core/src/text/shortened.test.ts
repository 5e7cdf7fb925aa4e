import { describe, expect, it } from 'vitest';
import { shortened } from './shortened.js';

describe('shortened', () => {
  it('keeps a text of at most max code units as it is', () => {
    expect(shortened('導入検討', 4)).toBe('導入検討');
    expect(shortened('', 0)).toBe('');
  });

  it('cuts a longer one to max code units and ends it with …', () => {
    expect(shortened('導入検討、システム選定', 4)).toBe('導入検討…');
    expect(shortened('abc', 0)).toBe('…');
  });
});
