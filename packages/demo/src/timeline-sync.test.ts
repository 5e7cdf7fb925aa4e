import { expect } from '@open-wc/testing';
import { parsePlan } from '@plan-timeline/core';
import { applyStateToTimeline, isItemShown } from './timeline-sync.js';
import { DEFAULT_STATE } from './url-state.js';

describe('timeline-sync', () => {
  it('carries every field of the state to its attribute', () => {
    const el = document.createElement('div');
    applyStateToTimeline(
      el,
      {
        ...DEFAULT_STATE,
        groupBy: 'section',
        era: 'western',
        lang: 'en',
        theme: 'dark',
        layout: 'table',
        filter: 'ICT',
        departments: ['財政', '行政'],
        viewStart: '2021-04-01',
        viewEnd: '2022-03-31',
      },
      '2021-06-01',
    );
    const attributes = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    expect(attributes).to.deep.equal({
      'group-by': 'section',
      era: 'western',
      lang: 'en',
      theme: 'dark',
      view: 'table',
      filter: 'ICT',
      departments: '財政,行政',
      today: '2021-06-01',
      'view-start': '2021-04-01',
      'view-end': '2022-03-31',
    });
  });

  it('removes attributes the state clears and prefers the linked today', () => {
    const el = document.createElement('div');
    applyStateToTimeline(
      el,
      { ...DEFAULT_STATE, filter: 'x', viewStart: '2021', viewEnd: '2022' },
      '2021-06-01',
    );
    applyStateToTimeline(el, { ...DEFAULT_STATE, today: '2020-01-01' }, '2021-06-01');
    expect(['filter', 'departments', 'view-start', 'view-end'].map((n) => el.hasAttribute(n))).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
    expect(el.getAttribute('today')).to.equal('2020-01-01');
  });

  it('does not touch an attribute that already holds its value', async () => {
    const el = document.createElement('div');
    applyStateToTimeline(el, DEFAULT_STATE, '2021-06-01');
    const changes: string[] = [];
    const observer = new MutationObserver((records) => changes.push(...records.map((r) => r.attributeName!)));
    observer.observe(el, { attributes: true });
    applyStateToTimeline(el, { ...DEFAULT_STATE, era: 'japanese' }, '2021-06-01');
    await Promise.resolve();
    observer.disconnect();
    expect(changes).to.deep.equal(['era']);
  });
});

describe('isItemShown', () => {
  const plan = parsePlan(
    [
      '通し番号,コード,項目,取組内容,目標,スケジュール,主務課',
      'No.1,1,公用車のEV化,更新する,-,2023(R5)年度～：順次更新,◎管財',
      'No.2,2,保育所の再編,統合する,-,2024(R6)年度：統合,◎保育',
    ].join('\r\n'),
  );

  it('lets every item through when nothing is filtered', () => {
    expect([1, 2].map((serial) => isItemShown(plan, DEFAULT_STATE, serial))).to.deep.equal([true, true]);
  });

  it('follows the search and the department filter', () => {
    expect(isItemShown(plan, { ...DEFAULT_STATE, filter: '保育' }, 1)).to.equal(false);
    expect(isItemShown(plan, { ...DEFAULT_STATE, filter: '保育' }, 2)).to.equal(true);
    expect(isItemShown(plan, { ...DEFAULT_STATE, departments: ['管財'] }, 2)).to.equal(false);
  });

  it('says no for a serial the plan lacks', () => {
    expect(isItemShown(plan, DEFAULT_STATE, 99)).to.equal(false);
  });
});
