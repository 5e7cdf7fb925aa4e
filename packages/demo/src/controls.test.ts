import { expect, fixture, html } from '@open-wc/testing';
import { findControls, readControls, renderDepartmentChoices, writeControls } from './controls.js';
import { DEFAULT_STATE } from './url-state.js';

async function page() {
  return fixture(
    html`<div>
      <select id="group-by">
        <option value="item"></option>
        <option value="department"></option>
      </select>
      <select id="era">
        <option value="both"></option>
        <option value="japanese"></option>
      </select>
      <select id="lang">
        <option value="ja"></option>
        <option value="en"></option>
      </select>
      <select id="theme">
        <option value="auto"></option>
        <option value="dark"></option>
      </select>
      <input id="filter" type="search" />
      <input type="radio" name="layout" value="timeline" checked /><input
        type="radio"
        name="layout"
        value="table"
      />
      <fieldset id="department-choices"></fieldset>
      <span id="departments-summary"></span>
    </div>`,
  );
}

describe('controls', () => {
  it('shows a state and reads the same state back', async () => {
    const controls = findControls(await page());
    renderDepartmentChoices(controls, ['財政', '行政', '総務'], [], 'ja');
    const state = {
      ...DEFAULT_STATE,
      groupBy: 'department',
      era: 'japanese',
      lang: 'en',
      theme: 'dark',
      layout: 'table',
      filter: 'ICT',
      departments: ['行政'],
      selected: 38,
    } as const;
    writeControls(controls, { ...state, departments: [...state.departments] });
    expect(controls.groupBy.value).to.equal('department');
    expect(readControls(controls, DEFAULT_STATE)).to.deep.equal({
      ...state,
      selected: null,
      departments: ['行政'],
    });
  });

  it('keeps the fields no control holds', async () => {
    const controls = findControls(await page());
    const previous = { ...DEFAULT_STATE, selected: 13, viewStart: '2021', viewEnd: '2022' };
    const next = readControls(controls, previous);
    expect([next.selected, next.viewStart, next.viewEnd]).to.deep.equal([13, '2021', '2022']);
  });

  it('lists departments as text, hostile names included, and keeps a linked name the plan lacks', async () => {
    const controls = findControls(await page());
    const hostile = '<img src=x onerror="window.__pwned=1">';
    renderDepartmentChoices(controls, ['財政', hostile], ['行政'], 'ja');
    const labels = [...controls.departmentChoices.querySelectorAll('label')].map(
      (label) => label.textContent,
    );
    expect(labels).to.deep.equal(['財政', hostile, '行政']);
    expect(controls.departmentChoices.querySelector('img')).to.equal(null);
    expect(controls.departmentSummary.textContent).to.equal('行政');
  });

  it('summarises many ticked departments by count', async () => {
    const controls = findControls(await page());
    renderDepartmentChoices(controls, ['a', 'b', 'c'], ['a', 'b', 'c'], 'en');
    expect(controls.departmentSummary.textContent).to.equal('3 selected');
    renderDepartmentChoices(controls, ['a', 'b', 'c'], [], 'en');
    expect(controls.departmentSummary.textContent).to.equal('All');
  });
});
