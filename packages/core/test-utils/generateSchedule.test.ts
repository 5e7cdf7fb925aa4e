import { describe, expect, it } from 'vitest';
import { createRandom } from './createRandom.js';
import { generateSchedule, type GenerateScheduleOptions } from './generateSchedule.js';

const options: GenerateScheduleOptions = { firstFiscalYear: 2016, lastFiscalYear: 2030, spans: [1, 5] };
const many = (seed: number, n: number, o = options) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => generateSchedule(random, o));
};

describe('generateSchedule', () => {
  it('is deterministic for a seed', () => {
    expect(many(11, 50)).toEqual(many(11, 50));
    expect(many(11, 50)).not.toEqual(many(12, 50));
  });

  it('writes as many spans as asked, inside the year bounds', () => {
    for (const [min, max] of [
      [1, 1],
      [3, 3],
      [0, 5],
      [5, 5],
    ] as const) {
      for (const { schedule } of many(min * 10 + max, 100, { ...options, spans: [min, max] })) {
        expect(schedule.spans.length).toBeGreaterThanOrEqual(min);
        expect(schedule.spans.length).toBeLessThanOrEqual(max);
        for (const s of schedule.spans) {
          expect(s.startFiscalYear).toBeGreaterThanOrEqual(2016);
          expect(s.endFiscalYear ?? 2030).toBeLessThanOrEqual(2030);
        }
      }
    }
  });

  it('gives each span fiscal-year dates (April 1 to March 31) that match its source text', () => {
    for (const { text, schedule } of many(3, 300)) {
      for (const s of schedule.spans) {
        expect(s.start).toBe(`${s.startFiscalYear}-04-01`);
        expect(s.end).toBe(s.endFiscalYear === null ? null : `${s.endFiscalYear + 1}-03-31`);
        const written = text.slice(s.source.start, s.source.end);
        expect(written).toMatch(new RegExp(`^${s.startFiscalYear}[(（]`));
        expect(written.endsWith(`：${s.label}`)).toBe(true);
        if (s.end === null) expect(written).toMatch(/年度(～|以降)：/);
        else if (s.endFiscalYear !== s.startFiscalYear) expect(written).toContain(`～${s.endFiscalYear}`);
      }
    }
  });

  it('writes the era of each fiscal year as the seed does (2019 → H31, 2020 → R2)', () => {
    const seen = new Map<number, string>();
    for (const { text, schedule } of many(4, 400)) {
      for (const s of schedule.spans) {
        const m = /^(\d{4})[(（]([HR]\d+)[)）]/.exec(text.slice(s.source.start));
        seen.set(Number(m![1]), m![2]!);
      }
    }
    expect(seen.get(2018)).toBe('H30');
    expect(seen.get(2019)).toBe('H31');
    expect(seen.get(2020)).toBe('R2');
    expect(seen.get(2030)).toBe('R12');
  });

  it('writes recurrences (毎年度, N年毎) with their period', () => {
    const recurrences = many(5, 300).flatMap(({ text, schedule }) =>
      schedule.recurrences.map((r) => ({ r, written: text.slice(r.source.start, r.source.end) })),
    );
    expect(recurrences.some(({ r }) => r.everyYears === 1)).toBe(true);
    expect(recurrences.some(({ r }) => r.everyYears > 1)).toBe(true);
    for (const { r, written } of recurrences) {
      expect(written).toBe(r.everyYears === 1 ? `毎年度、${r.label}` : `${r.everyYears}年毎：${r.label}`);
    }
  });

  it('puts tracked spans under their 【track】 heading, each heading on its own line', () => {
    const tracked = many(6, 500).filter(({ schedule }) => schedule.spans.some((s) => s.track));
    expect(tracked.length).toBeGreaterThan(0);
    for (const { text, schedule } of tracked) {
      for (const s of schedule.spans) {
        const headings = [...text.slice(0, s.source.start).matchAll(/^【(.+)】$/gm)];
        expect(headings.at(-1)?.[1]).toBe(s.track);
      }
      expect(schedule.notes.map((n) => text.slice(n.source.start, n.source.end))).toEqual(
        schedule.notes.map((n) => n.text),
      );
    }
  });

  it('covers every non-blank character with a span, recurrence or note', () => {
    for (const { text, schedule } of many(7, 300)) {
      const covered = new Array<boolean>(text.length).fill(false);
      for (const { source } of [...schedule.spans, ...schedule.recurrences, ...schedule.notes]) {
        for (let i = source.start; i < source.end; i++) covered[i] = true;
      }
      [...text].forEach((ch, i) => {
        if (!/\s/.test(ch)) expect(covered[i], `${JSON.stringify(text)} at ${i}`).toBe(true);
      });
    }
  });

  it('refuses bounds too narrow or a bad spans range', () => {
    const r = createRandom(1);
    expect(() => generateSchedule(r, { ...options, lastFiscalYear: 2018 })).toThrow(RangeError);
    expect(() => generateSchedule(r, { ...options, spans: [3, 2] })).toThrow(RangeError);
    expect(() => generateSchedule(r, { ...options, spans: [1, 6] })).toThrow(RangeError);
  });
});
