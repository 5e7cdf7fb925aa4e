import { describe, expect, it } from 'vitest';
import { matchColumn } from './matchColumn.js';

describe('matchColumn', () => {
  it("knows the seed's Japanese column names", () => {
    expect(
      ['通し番号', 'コード', '項目', '取組内容', '目標', 'スケジュール', '主務課', '実施方針', '施策'].map(
        matchColumn,
      ),
    ).toEqual(['serial', 'code', 'title', 'content', 'goal', 'schedule', 'departments', 'policy', 'section']);
  });

  it('knows the English names, in any case and width', () => {
    expect(
      ['No', 'CODE', 'Title', 'content', 'goal', 'Schedule', 'departments', 'Policy', 'ｓｅｃｔｉｏｎ'].map(
        matchColumn,
      ),
    ).toEqual(['serial', 'code', 'title', 'content', 'goal', 'schedule', 'departments', 'policy', 'section']);
  });

  it('knows the names other plans give their columns', () => {
    expect(
      ['連番', '取組名', '実施内容', '成果指標', '年次計画', '工程表', '実施時期', '所管課', '担当部署'].map(
        matchColumn,
      ),
    ).toEqual([
      'serial',
      'title',
      'content',
      'goal',
      'schedule',
      'schedule',
      'schedule',
      'departments',
      'departments',
    ]);
    expect(['取組', '取組み'].map(matchColumn)).toEqual(['title', 'title']);
  });

  it('looks past a note in brackets or after ※ at the end of a name', () => {
    expect(
      ['スケジュール（R3～R7）', '目標(指標)', '主務課等 ※2', '実施時期【年度】', 'Schedule (FY)'].map(
        matchColumn,
      ),
    ).toEqual(['schedule', 'goal', 'departments', 'schedule', 'schedule']);
    // Only a note at the end, after a known name.
    expect(matchColumn('（参考）スケジュール')).toBeUndefined();
    expect(matchColumn('備考（その他）')).toBeUndefined();
    expect(matchColumn('(constructor)')).toBeUndefined();
  });

  it('returns undefined for other names, including inherited object keys', () => {
    expect(matchColumn('備考')).toBeUndefined();
    expect(matchColumn('constructor')).toBeUndefined();
    expect(matchColumn('')).toBeUndefined();
  });
});
