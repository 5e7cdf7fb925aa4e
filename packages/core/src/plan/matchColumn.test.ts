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

  it('returns undefined for other names, including inherited object keys', () => {
    expect(matchColumn('備考')).toBeUndefined();
    expect(matchColumn('constructor')).toBeUndefined();
    expect(matchColumn('')).toBeUndefined();
  });
});
