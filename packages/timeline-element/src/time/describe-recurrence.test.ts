import { expect } from '@open-wc/testing';
import { WORDS } from '../i18n/words.js';
import { parseSchedule } from '@plan-timeline/core';
import {
  bandName,
  howOften,
  howOftenEach,
  monthsIn,
  monthsText,
  wordsAfterSpan,
} from './describe-recurrence.js';

const iso = (dates: [Date, Date] | null): string[] => (dates ?? []).map((d) => d.toISOString().slice(0, 10));

describe('howOftenEach', () => {
  it('says once the recurrences a schedule wrote together, with all their months', () => {
    const { recurrences } = parseSchedule('毎年6月と12月に点検　毎年度：検証　毎年度末と上半期に報告');
    expect(recurrences).to.have.length(5);
    expect(howOftenEach(recurrences, WORDS.ja, 'ja')).to.deep.equal([
      '毎年度（6月・12月）',
      '毎年度',
      '毎年度（3月・4～9月）',
    ]);
    expect(howOftenEach(recurrences.slice(0, 2), WORDS.en, 'en')).to.deep.equal(['Every year (Jun & Dec)']);
    // Written apart, they are said apart, even with the same words.
    const apart = parseSchedule('毎年6月：点検　毎年12月：点検').recurrences;
    expect(howOftenEach(apart, WORDS.ja, 'ja')).to.deep.equal(['毎年度（6月）', '毎年度（12月）']);
  });
});

describe('howOften', () => {
  it('writes how often, then when in the year and whether it is a guide, in either language', () => {
    const yearly = { everyYears: 1, approximate: false };
    expect(howOften(yearly, WORDS.ja, 'ja')).to.equal('毎年度');
    expect(howOften({ everyYears: 3, approximate: true }, WORDS.ja, 'ja')).to.equal('3年毎（目安）');
    expect(howOften({ ...yearly, months: { from: 3, to: 3 } }, WORDS.ja, 'ja')).to.equal('毎年度（3月）');
    expect(
      howOften({ everyYears: 2, approximate: true, months: { from: 4, to: 6 } }, WORDS.ja, 'ja'),
    ).to.equal('2年毎（4～6月、目安）');
    expect(howOften({ everyYears: 5, approximate: true }, WORDS.en, 'en')).to.equal(
      'Every 5 years (approx.)',
    );
    expect(howOften({ ...yearly, months: { from: 12, to: 2 } }, WORDS.en, 'en')).to.equal(
      'Every year (Dec–Feb)',
    );
  });

  it('writes how many times a year, where more than once', () => {
    const often = { everyYears: 1, approximate: false };
    expect(howOften({ ...often, timesPerYear: 2 }, WORDS.ja, 'ja')).to.equal('年2回');
    expect(howOften({ ...often, timesPerYear: 12, approximate: true }, WORDS.ja, 'ja')).to.equal(
      '毎月（目安）',
    );
    expect(howOften({ ...often, timesPerYear: 4 }, WORDS.en, 'en')).to.equal('Quarterly');
    expect(howOften({ ...often, timesPerYear: 3 }, WORDS.en, 'en')).to.equal('3 times a year');
    expect(howOften({ ...often, timesPerYear: 365 }, WORDS.ja, 'ja')).to.equal('毎日');
    expect(howOften({ ...often, timesPerYear: 365 }, WORDS.en, 'en')).to.equal('Daily');
    expect(howOften({ ...often, everyYears: 2, timesPerYear: 2 }, WORDS.ja, 'ja')).to.equal('2年毎・年2回');
    expect(howOften({ ...often, everyYears: 2, timesPerYear: 2 }, WORDS.en, 'en')).to.equal(
      'Every 2 years, twice a year',
    );
    expect(howOften({ ...often, timesPerYear: 1 }, WORDS.ja, 'ja')).to.equal('毎年度');
  });

  it('writes a range of years or of times a year as the plan gives it', () => {
    const often = { everyYears: 1, approximate: false };
    expect(howOften({ ...often, everyYears: 3, everyYearsMax: 5 }, WORDS.ja, 'ja')).to.equal('3～5年毎');
    expect(howOften({ ...often, everyYears: 3, everyYearsMax: 5 }, WORDS.en, 'en')).to.equal(
      'Every 3–5 years',
    );
    expect(howOften({ ...often, timesPerYear: 2, timesPerYearMax: 3 }, WORDS.ja, 'ja')).to.equal('年2～3回');
    expect(
      howOften({ ...often, timesPerYear: 1, timesPerYearMax: 2, approximate: true }, WORDS.en, 'en'),
    ).to.equal('1–2 times a year (approx.)');
    expect(
      howOften(
        { ...often, everyYears: 2, everyYearsMax: 3, timesPerYear: 4, timesPerYearMax: 6 },
        WORDS.ja,
        'ja',
      ),
    ).to.equal('2～3年毎・年4～6回');
  });

  it('writes months alone', () => {
    expect(monthsText({ from: 10, to: 3 }, 'ja')).to.equal('10～3月');
    expect(monthsText({ from: 1, to: 1 }, 'en')).to.equal('Jan');
  });
});

describe('bandName', () => {
  it('names a band by how often it comes and what comes, or by how often alone when the plan says nothing more', () => {
    expect(bandName('毎年度（3月）', { label: '進捗管理' })).to.equal('毎年度（3月）: 進捗管理');
    expect(bandName('Every 3 years', { label: '' })).to.equal('Every 3 years');
  });
});

describe('monthsIn', () => {
  it('places the months in their fiscal year, over the new year when they run past it', () => {
    expect(iso(monthsIn(2021, { from: 4, to: 4 }))).to.deep.equal(['2021-04-01', '2021-05-01']);
    expect(iso(monthsIn(2021, { from: 3, to: 3 }))).to.deep.equal(['2022-03-01', '2022-04-01']);
    expect(iso(monthsIn(2021, { from: 10, to: 3 }))).to.deep.equal(['2021-10-01', '2022-04-01']);
    expect(iso(monthsIn(2021, { from: 12, to: 2 }))).to.deep.equal(['2021-12-01', '2022-03-01']);
    expect(iso(monthsIn(2021, { from: 11, to: 12 }))).to.deep.equal(['2021-11-01', '2022-01-01']);
    // A calendar year's first half: January to June, into the next fiscal year.
    expect(iso(monthsIn(2021, { from: 1, to: 6 }))).to.deep.equal(['2022-01-01', '2022-07-01']);
    expect(monthsIn(0, { from: 4, to: 4 })).to.equal(null);
    expect(monthsIn(9998, { from: 4, to: 4 })).to.equal(null);
  });
});

describe('wordsAfterSpan', () => {
  const itemOf = (scheduleText: string) => ({ scheduleText, schedule: parseSchedule(scheduleText) });

  it('gives a span without words the words of the recurrence right after it, as its band names them', () => {
    const checked = itemOf('令和3年度から3～5年ごとに点検');
    expect(wordsAfterSpan(checked, checked.schedule.spans[0]!, WORDS.ja, 'ja')).to.equal('3～5年毎: 点検');
    const yearly = itemOf('令和3年度から 毎年度実施');
    expect(wordsAfterSpan(yearly, yearly.schedule.spans[0]!, WORDS.en, 'en')).to.equal('Every year: 実施');
  });

  it('gives none to a span with words of its own, or with other text before the recurrence', () => {
    const labelled = itemOf('令和3年度：準備 毎年度研修');
    expect(labelled.schedule.spans[0]!.label).to.equal('準備');
    expect(wordsAfterSpan(labelled, labelled.schedule.spans[0]!, WORDS.ja, 'ja')).to.equal(null);
    // The reader gives a sentence's pieces touching sources; a heading between them is other text.
    const [span] = itemOf('令和3年度～').schedule.spans;
    const [recurrence] = itemOf('毎年度点検').schedule.recurrences;
    const scheduleText = '令和3年度～【住民情報系】毎年度点検';
    const apart = {
      scheduleText,
      schedule: {
        spans: [span!],
        recurrences: [{ ...recurrence!, source: { start: 13, end: scheduleText.length } }],
        notes: [],
        diagnostics: [],
      },
    };
    expect(wordsAfterSpan(apart, span!, WORDS.ja, 'ja')).to.equal(null);
  });
});
