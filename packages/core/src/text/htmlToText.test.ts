import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlToText } from './htmlToText.js';

const TAG_LIKE = /<[A-Za-z/!?]/;

describe('htmlToText', () => {
  it('keeps paragraphs as lines', () => {
    expect(htmlToText('<p>遊休資産の売却等資産の活用を図ります。</p> <p>【六次総基本構想】</p>')).toBe(
      '遊休資産の売却等資産の活用を図ります。\n【六次総基本構想】',
    );
  });

  it('turns <br> into a line break', () => {
    expect(htmlToText('2021(R3)年度：検討<br>2022(R4)年度：実施<br/>')).toBe(
      '2021(R3)年度：検討\n2022(R4)年度：実施',
    );
  });

  it('turns list items into ・ lines, without doubling a bullet already written', () => {
    expect(htmlToText('<ul style="list-style-type: none"><li>連携分野</li><li>・検証</li></ul>')).toBe(
      '・連携分野\n・検証',
    );
    expect(htmlToText('<ol><li></li><li>a</li></ol>')).toBe('・a');
  });

  it('reads the seed cell with an unclosed <ul> and inline bullets as text', () => {
    const cell =
      '<p>市の様々な活動や資産を広告媒体として活用していきます。</p> <p>※導入事例</p> <ul style="list-style-type: none"> ・印刷物 ・公用封筒 ';
    expect(htmlToText(cell)).toBe(
      '市の様々な活動や資産を広告媒体として活用していきます。\n※導入事例\n・印刷物 ・公用封筒',
    );
  });

  it('decodes named and numeric character references', () => {
    expect(htmlToText('A&amp;B &lt;3 &#x5E74;&#24230; &quot;x&quot; &nbsp;y')).toBe('A&B <3 年度 "x" y');
  });

  it('keeps an ampersand that is not a reference', () => {
    expect(htmlToText('R&D &unknown; &#xZZ; a & b')).toBe('R&D &unknown; &#xZZ; a & b');
  });

  it('writes invalid numeric references as U+FFFD', () => {
    expect(htmlToText('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });

  it('collapses white space and trims lines', () => {
    expect(htmlToText('  a \n\t b  <p>  c  </p>')).toBe('a b\nc');
  });

  it('separates table cells with a space and rows with a line', () => {
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toBe('a b\nc');
  });

  it('drops comments, script and style contents', () => {
    expect(htmlToText('a<!-- note -->b<script>alert(1)</script>c<STYLE>p{}</STYLE>d')).toBe('abcd');
    expect(htmlToText('a<script>never closed')).toBe('a');
  });

  it('honours quoted attribute values containing >', () => {
    expect(htmlToText('<span title="a>b">x</span>')).toBe('x');
  });

  it('leaves text that only looks like a bracket alone', () => {
    expect(htmlToText('<凡例> a < b, 3<4')).toBe('<凡例> a < b, 3<4');
  });

  it('never passes markup on, even when it is built from pieces or escaped', () => {
    expect(htmlToText('<<b>b>x')).toBe('＜b>x');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('＜script>alert(1)＜/script>');
    expect(htmlToText('<p class="x')).toBe('＜p class="x');
  });

  it('returns an empty string for empty or markup-only input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p></p><br>')).toBe('');
  });

  it('keeps the full-width spaces a line after the first starts with, when asked, and no other white space', () => {
    const html =
      '<p>　令和3年度：調査</p>\n  <p>  　　結果の分析　</p><li>　項目</li>令和4年度<br>　<br>　構築';
    expect(htmlToText(html, { keepIndent: true })).toBe(
      '令和3年度：調査\n　　結果の分析\n・項目\n令和4年度\n　構築',
    );
    expect(htmlToText(html)).toBe('令和3年度：調査\n結果の分析\n・項目\n令和4年度\n構築');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('<p>', '</p>', '<br>', '<li>', ' ', '\u3000', '\n', 'x')),
        (parts) => {
          const once = htmlToText(parts.join(''), { keepIndent: true });
          // Its lines written back as lines of HTML give it back, indents and all.
          expect(htmlToText(once.replaceAll('\n', '<br>'), { keepIndent: true })).toBe(once);
        },
      ),
    );
  });

  it('is idempotent on its own output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        const once = htmlToText(s);
        // Text without markup goes through unchanged, apart from white space.
        expect(htmlToText(once.replaceAll('&', '&amp;'))).toBe(once);
      }),
    );
  });

  it('never throws and never returns anything tag-like, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(TAG_LIKE.test(htmlToText(s))).toBe(false);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<',
            '>',
            '/',
            'p',
            'li',
            '"',
            "'",
            '=',
            '&',
            '#',
            ';',
            'x',
            'amp',
            'lt',
            '!',
            '-',
            ' ',
            '\n',
          ),
        ),
        (parts) => {
          expect(TAG_LIKE.test(htmlToText(parts.join('')))).toBe(false);
        },
      ),
    );
  });
});
