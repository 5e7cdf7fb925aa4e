import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locateJsonError } from './locateJsonError.js';

describe('locateJsonError', () => {
  it('returns -1 for valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u3042"]} ', '"s"', '0']) {
      expect(locateJsonError(text)).toBe(-1);
    }
  });

  it('points at the first character that breaks the text', () => {
    expect(locateJsonError('{"a": [1,]}')).toBe(9);
    expect(locateJsonError('{\n  "title": "x",\n  "items": [,]\n}')).toBe(30); // the comma after [
    expect(locateJsonError('{"a" 1}')).toBe(5);
    expect(locateJsonError('{"a": 01}')).toBe(7);
    expect(locateJsonError('{} x')).toBe(3);
    expect(locateJsonError('["\\q"]')).toBe(2);
    expect(locateJsonError('["a\nb"]')).toBe(3);
    expect(locateJsonError("{'a': 1}")).toBe(1);
  });

  it('points past the end of a text that ends too early', () => {
    expect(locateJsonError('{"a": [1')).toBe(8);
    expect(locateJsonError('"open')).toBe(5);
    expect(locateJsonError('')).toBe(0);
  });

  it('handles deep nesting without recursion', () => {
    expect(locateJsonError('['.repeat(100000) + ']'.repeat(100000))).toBe(-1);
    expect(locateJsonError('['.repeat(100000))).toBe(100000);
  });

  it('agrees with JSON.parse on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string({
            unit: fc.constantFrom(
              '{',
              '}',
              '[',
              ']',
              '"',
              ',',
              ':',
              '1',
              'e',
              '-',
              '.',
              ' ',
              'true',
              'null',
              '\\',
            ),
          }),
        ),
        (s) => {
          let valid = true;
          try {
            JSON.parse(s);
          } catch {
            valid = false;
          }
          expect(locateJsonError(s) === -1).toBe(valid);
        },
      ),
    );
  });
});
