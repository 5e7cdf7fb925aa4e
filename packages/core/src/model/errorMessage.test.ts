import { describe, expect, it } from 'vitest';
import { errorMessage } from './errorMessage.js';

describe('errorMessage', () => {
  it("gives an Error's message, and anything else as a string, never throwing", () => {
    expect(errorMessage(new RangeError('too far'))).toBe('too far');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(null)).toBe('null');
    // String() throws for these: the message still comes.
    expect(errorMessage(Object.create(null) as object)).toBe('[object Object]');
    const unprintable = {
      toString(): string {
        throw new Error('no');
      },
    };
    expect(errorMessage(unprintable)).toBe('[object Object]');
  });
});
