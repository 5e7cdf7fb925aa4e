import { describe, expect, it } from 'vitest';
import { readHeading } from './readHeading.js';

describe('readHeading', () => {
  it('reads a policy heading with and without ■', () => {
    expect(readHeading('■実施方針1 持続的成長に向けた「縮充」を推進する行財政経営')).toEqual({
      kind: 'policy',
      number: 1,
      title: '持続的成長に向けた「縮充」を推進する行財政経営',
    });
    expect(readHeading('実施方針2 チャレンジ精神と創造性が発揮でき、成長し続ける組織')).toEqual({
      kind: 'policy',
      number: 2,
      title: 'チャレンジ精神と創造性が発揮でき、成長し続ける組織',
    });
  });

  it('reads a section glued to a policy by markdown emphasis', () => {
    expect(
      readHeading(
        '■実施方針2 チャレンジ精神と創造性が発揮でき、成長し続ける組織**(1) 職員の意識・意欲の向上**',
      ),
    ).toEqual({
      kind: 'policy',
      number: 2,
      title: 'チャレンジ精神と創造性が発揮でき、成長し続ける組織',
      section: { number: 1, title: '職員の意識・意欲の向上' },
    });
  });

  it('reads section headings, half- and full-width', () => {
    expect(readHeading('(1) 健全な財政の維持')).toEqual({
      kind: 'section',
      number: 1,
      title: '健全な財政の維持',
    });
    expect(readHeading('（１２）　ICTの推進')).toEqual({ kind: 'section', number: 12, title: 'ICTの推進' });
    expect(readHeading('**(2) 職員の力を伸ばす人材育成**')).toEqual({
      kind: 'section',
      number: 2,
      title: '職員の力を伸ばす人材育成',
    });
  });

  it('reads a policy written as in our CSV export', () => {
    expect(readHeading('実施方針1 x')).toEqual({ kind: 'policy', number: 1, title: 'x' });
  });

  it('returns null for anything else', () => {
    expect(readHeading('No.1')).toBeNull();
    expect(readHeading('1-1 収支均衡した予算編成')).toBeNull();
    expect(readHeading('')).toBeNull();
    expect(readHeading('**')).toBeNull();
  });
});
