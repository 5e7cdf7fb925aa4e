import { expect } from '@open-wc/testing';
import { parsePlan, readPlanInSteps, type Plan } from '@plan-timeline/core';
import {
  loadPlanReaders,
  planProblem,
  planReaders,
  planReadersWarmedUp,
  planReadersWarmUpRuns,
  warmUpPlanReaders,
  WARM_UP_RUNS,
} from './read-plan.js';

const CSV = 'no,title,schedule\n1,1-1 予算編成,2021(R3)年度～2022(R4)年度';

describe('loadPlanReaders', () => {
  it("loads core's parsePlan and readPlanInSteps once, when first asked, and hands them out from then on", async () => {
    expect(planReaders()).to.equal(null);
    const first = loadPlanReaders();
    expect(loadPlanReaders()).to.equal(first);
    const readers = await first;
    expect(readers.parsePlan).to.equal(parsePlan);
    expect(readers.readPlanInSteps).to.equal(readPlanInSteps);
    expect(planReaders()).to.equal(readers);
    expect(readers.parsePlan(CSV).items[0]!.schedule.spans[0]!.end).to.equal('2023-03-31');
  });
});

describe('warmUpPlanReaders', () => {
  it('runs the readers on their sample in idle periods, and stops as soon as they are no longer wanted', async () => {
    // Asked before each run: wanted for three runs, then not (as when a plan's text arrives).
    let asked = 0;
    const read = await warmUpPlanReaders(() => ++asked <= 3);
    expect(read).to.equal(true);
    expect(planReadersWarmedUp()).to.equal(true);
    expect(planReadersWarmUpRuns()).to.equal(3);
    expect(asked).to.equal(4);
    // Done once per page: a later call shares the first one's promise and runs nothing more.
    expect(await warmUpPlanReaders(() => true)).to.equal(true);
    expect(planReadersWarmUpRuns()).to.equal(3);
    expect(WARM_UP_RUNS).to.be.greaterThan(3);
  });
});

describe('planProblem', () => {
  const empty: Plan = { title: '', policies: [], sections: [], items: [], departments: [], diagnostics: [] };

  it('finds nothing wrong with a plan that has items', () => {
    expect(planProblem(parsePlan(CSV))).to.equal(null);
  });

  it("gives the reader's error for a plan with no items, or its first diagnostic, or ''", () => {
    expect(planProblem(parsePlan('{"title": 1}'))).to.contain('$.title');
    const warning = {
      code: 'undated',
      severity: 'warning' as const,
      message: 'no date',
      source: { start: 0, end: 0 },
    };
    expect(planProblem({ ...empty, diagnostics: [warning] })).to.equal('no date');
    expect(planProblem(empty)).to.equal('');
  });

  it('says it in Japanese for a Japanese page, in English where the diagnostic has no Japanese', () => {
    expect(planProblem(parsePlan('{"title": 1}'), 'ja')).to.equal('1行目: $.title: 文字列が必要です');
    expect(planProblem(parsePlan('{\n"title": 1}'), 'en')).to.equal('line 2: $.title: expected a string');
    const englishOnly = {
      code: 'x',
      severity: 'error' as const,
      message: 'broken',
      source: { start: 0, end: 0 },
    };
    expect(planProblem({ ...empty, diagnostics: [englishOnly] }, 'ja')).to.equal('broken');
  });
});
