import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from './normalizeText.js';

describe('normalizeText', () => {
  it('maps full-width digits, letters and brackets to half-width', () => {
    expect(normalizeText('２０２１（Ｒ３）年度')).toBe('2021(R3)年度');
    expect(normalizeText('ｒｅｉｗａ　Ｈ２８．１０')).toBe('reiwa H28.10');
    expect(normalizeText('［Ａ］｛ｂ｝：；，！？＋－／＝＜＞％＆＊＃＠＼＾＿｀｜＂＇')).toBe(
      '[A]{b}:;,!?+-/=<>%&*#@\\^_`|"\'',
    );
  });

  it('maps the full-width tilde used in ranges to ~', () => {
    expect(normalizeText('２０２１年度～２０２２年度')).toBe('2021年度~2022年度');
  });

  it('keeps kana, kanji, the wave dash and department marks as they are', () => {
    const text = '令和元年度〜 ◎財政、行政 ○所管課 ｶﾀｶﾅ 【内部情報系】';
    expect(normalizeText(text)).toBe(text);
  });

  it('keeps lone surrogates and emoji untouched', () => {
    const text = 'a\ud800b\udc00c😀';
    expect(normalizeText(text)).toBe(text);
  });

  it('returns an empty string for empty input', () => {
    expect(normalizeText('')).toBe('');
  });

  it('never changes the length, so offsets stay valid', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = normalizeText(text);
        expect(out.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          const expected = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
          expect(out.charCodeAt(i)).toBe(expected);
        }
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = '２０２１';
    const copy = input.slice();
    normalizeText(input);
    expect(input).toBe(copy);
  });
});
