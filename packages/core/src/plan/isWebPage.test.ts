import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isWebPage } from './isWebPage.js';
import { parsePlan } from './parsePlan.js';

const seed = readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url), 'utf8');

describe('isWebPage', () => {
  it('tells an HTML document by its document type or its html tag, after blanks, a mark and comments', () => {
    expect(isWebPage('<!DOCTYPE html>\n<html lang="ja"><head><title>404 Not Found</title>')).toBe(true);
    expect(isWebPage('\ufeff\n  <!doctype HTML><html>')).toBe(true);
    expect(isWebPage('<html>\n<body>not a plan</body></html>')).toBe(true);
    expect(isWebPage('<!-- saved from url=(0042)https://example.jp/ -->\n<html lang="ja">')).toBe(true);
  });

  it('leaves plans alone, the seed with its HTML fragments in cells too', () => {
    expect(isWebPage(seed)).toBe(false);
    expect(isWebPage('<p>No.1</p>\t予算\t2021年度')).toBe(false);
    expect(isWebPage('<htmlx>')).toBe(false);
    expect(isWebPage('')).toBe(false);
  });

  it('looks only at the start of a long text', () => {
    expect(isWebPage(`${' '.repeat(1000)}<html>`)).toBe(false);
    expect(isWebPage(`<html>${'x'.repeat(1_000_000)}`)).toBe(true);
  });
});

describe('parsePlan given a web page', () => {
  it('says it is a web page and how to read the plan in it, as text or as bytes, and reads nothing', () => {
    const page =
      '<!DOCTYPE html>\n<html lang="ja">\n<body><table><tr><td>No.1</td></tr></table></body></html>\n';
    for (const input of [page, new TextEncoder().encode(page)]) {
      const plan = parsePlan(input);
      expect(plan.items).toEqual([]);
      expect(plan.diagnostics).toEqual([
        {
          code: 'web-page',
          severity: 'error',
          message:
            "The file is a web page (HTML), not a plan: copy the plan's table into a text file (its own layout, CSV or TSV), and read that file.",
          messageJa:
            'このファイルはウェブページ（HTML）で、計画ではありません。計画の表をテキストファイル（元の形式、CSV、TSV）に写し、そのファイルを読み込んでください。',
          source: { start: 0, end: 0 },
        },
      ]);
    }
  });
});
