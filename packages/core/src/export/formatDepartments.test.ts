import { describe, expect, it } from 'vitest';
import { parseDepartments } from '../plan/parseDepartments.js';
import { formatDepartment, formatDepartments } from './formatDepartments.js';

describe('formatDepartments', () => {
  it('writes leads after ◎ and participants after ○, names joined by 、', () => {
    expect(
      formatDepartments([
        { name: '財政', role: 'primary' },
        { name: '行政', role: 'primary' },
        { name: '所管課', role: 'participating' },
      ]),
    ).toBe('◎財政、行政 ○所管課');
  });

  it('writes units and parent organisations in full-width brackets, parent first', () => {
    expect(formatDepartments([{ name: '総務', role: 'primary', units: ['人事'] }])).toBe('◎総務（人事）');
    expect(formatDepartments([{ name: '市民', role: 'primary', parent: '市民経済部' }])).toBe(
      '◎市民（市民経済部）',
    );
    expect(
      formatDepartments([{ name: '所管課', role: 'participating', units: ['税務', '国保', '介護'] }]),
    ).toBe('○所管課（税務、国保、介護）');
    expect(formatDepartments([{ name: 'ICT', role: 'primary', parent: '総務部', units: ['情報'] }])).toBe(
      '◎ICT（総務部）（情報）',
    );
  });

  it('writes leads first whatever the order given, and nothing for no departments', () => {
    expect(
      formatDepartments([
        { name: 'ICT', role: 'participating' },
        { name: '総務', role: 'primary' },
      ]),
    ).toBe('◎総務 ○ICT');
    expect(formatDepartments([])).toBe('');
  });

  it('does not mutate its input', () => {
    const departments = [{ name: '総務', role: 'primary' as const, units: ['人事'] }];
    const before = structuredClone(departments);
    formatDepartments(departments);
    expect(departments).toEqual(before);
  });
});

describe('formatDepartment', () => {
  it('writes one department without its mark, as parseDepartments reads it back', () => {
    const cells = ['○所管課（税務、国保、介護）', '◎市民（市民経済部）', '◎総務（人事）', '◎財政'];
    for (const cell of cells) {
      const [department] = parseDepartments(cell);
      expect(formatDepartment(department!)).toBe(cell.slice(1));
    }
  });
});
