import { describe, expect, it } from 'vitest';
import { isolateDirection } from './isolateDirection.js';

describe('isolateDirection', () => {
  it('leaves Japanese and Latin text as it is', () => {
    for (const text of ['', '財政の健全化', 'ICT (DX) 2021', '①〜⑩、「」【】'])
      expect(isolateDirection(text)).toBe(text);
  });

  it('isolates text holding a direction control', () => {
    for (const control of [
      '\u200e',
      '\u200f',
      '\u061c',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ])
      expect(isolateDirection(`計画${control}`)).toBe(`\u2068計画${control}\u2069`);
  });

  it('isolates text holding right-to-left letters, in the BMP and beyond', () => {
    expect(isolateDirection('שלום')).toBe('\u2068שלום\u2069');
    expect(isolateDirection('مرحبا')).toBe('\u2068مرحبا\u2069');
    expect(isolateDirection('\u{10900}')).toBe('\u2068\u{10900}\u2069'); // Phoenician
    expect(isolateDirection('\u{1E900}')).toBe('\u2068\u{1E900}\u2069'); // Adlam
  });
});
