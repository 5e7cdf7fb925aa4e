import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveEra } from './resolveEra.js';
import { ERAS } from './eras.js';

describe('resolveEra', () => {
  it('reads the kanji name, one kanji, the letter in either case and width, and romaji', () => {
    for (const name of ['令和', '令', 'R', 'r', 'Ｒ', 'ｒ', 'reiwa', 'Reiwa', 'REIWA', ' 令和 ']) {
      expect(resolveEra(name)?.id, name).toBe('reiwa');
    }
    expect(resolveEra('平成')?.id).toBe('heisei');
    expect(resolveEra('平')?.id).toBe('heisei');
    expect(resolveEra('H')?.id).toBe('heisei');
    expect(resolveEra('昭')?.id).toBe('showa');
    expect(resolveEra('Shōwa')?.id).toBe('showa');
    expect(resolveEra('showa')?.id).toBe('showa');
    expect(resolveEra('大正')?.id).toBe('taisho');
    expect(resolveEra('Taishō')?.id).toBe('taisho');
    expect(resolveEra('t')?.id).toBe('taisho');
    expect(resolveEra('明')?.id).toBe('meiji');
    expect(resolveEra('M')?.id).toBe('meiji');
  });

  it('returns the era record itself', () => {
    expect(resolveEra('R')).toBe(ERAS[4]);
  });

  it('returns undefined for anything else', () => {
    for (const name of ['', ' ', 'X', '令和和', '慶応', 'RR', 'rei', '和']) {
      expect(resolveEra(name), name).toBeUndefined();
    }
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const era = resolveEra(name);
        if (era) expect(ERAS).toContain(era);
      }),
    );
  });
});
