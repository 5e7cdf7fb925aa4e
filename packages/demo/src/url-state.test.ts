import { expect } from '@open-wc/testing';
import { DEFAULT_STATE, formatState, parseState } from './url-state.js';
import type { DemoState } from './url-state.js';

describe('url-state', () => {
  it('reads an empty query as the default state', () => {
    expect(parseState('')).to.deep.equal(DEFAULT_STATE);
    expect(formatState(DEFAULT_STATE)).to.equal('');
  });

  it('round-trips a state with every field set, Japanese names included', () => {
    const state: DemoState = {
      groupBy: 'department',
      era: 'japanese',
      lang: 'en',
      filter: 'ICT 活用 & BPR',
      departments: ['財政', '総務（人事）', 'a,b'],
      theme: 'dark',
      layout: 'table',
      viewStart: '2021-04-01',
      viewEnd: '2022-03-31',
      selected: 38,
      today: '2021-06-15',
    };
    const query = formatState(state);
    expect(query.startsWith('?')).to.equal(true);
    expect(parseState(query)).to.deep.equal(state);
  });

  it('leaves defaults out of the link', () => {
    expect(formatState({ ...DEFAULT_STATE, groupBy: 'policy' })).to.equal('?group=policy');
  });

  it('accepts fiscal years as the view window', () => {
    const state = parseState('?from=2020&to=2022');
    expect([state.viewStart, state.viewEnd]).to.deep.equal(['2020', '2022']);
  });

  it('falls back to defaults for unknown or malformed values', () => {
    const state = parseState(
      '?group=<script>&era=meiji&lang=fr&theme=neon&layout=grid&from=yesterday&to=2022-03-31&sel=-3&today=2021-6-1',
    );
    expect(state).to.deep.equal(DEFAULT_STATE);
  });

  it('drops a view window with only one end', () => {
    expect(parseState('?from=2021-04-01').viewStart).to.equal(null);
  });

  it('drops blank and repeated department names', () => {
    expect(parseState('?dept=財政&dept=&dept=財政&dept=行政').departments).to.deep.equal(['財政', '行政']);
  });

  it('does not mutate the state it formats', () => {
    const state: DemoState = { ...DEFAULT_STATE, departments: ['財政'] };
    const copy = structuredClone(state);
    formatState(state);
    expect(state).to.deep.equal(copy);
  });
});
