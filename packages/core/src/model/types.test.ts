import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('seed', () => {
  it('is the city plan list, unedited', () => {
    const text = readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url), 'utf8');
    expect(text).toContain('多賀城市役所経営プラン 取組項目一覧');
  });
});
