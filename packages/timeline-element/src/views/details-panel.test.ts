import { expect, fixture, html } from '@open-wc/testing';
import { item, fySpan } from '../plan-timeline/fixtures.js';
import { WORDS } from '../i18n/words.js';
import { detailsPanel, splitAt } from './details-panel.js';

describe('splitAt', () => {
  it('splits a text around a source range', () => {
    expect(splitAt('2021(R3)年度：検討 2022(R4)年度：実施', { start: 14, end: 27 })).to.deep.equal([
      '2021(R3)年度：検討 ',
      '2022(R4)年度：実施',
      '',
    ]);
  });

  it('keeps the text whole for a missing, empty or out-of-range range', () => {
    expect(splitAt('abc', undefined)).to.deep.equal(['abc', '', '']);
    expect(splitAt('abc', { start: 1, end: 1 })).to.deep.equal(['abc', '', '']);
    expect(splitAt('abc', { start: 1, end: 9 })).to.deep.equal(['abc', '', '']);
    expect(splitAt('abc', { start: -1, end: 2 })).to.deep.equal(['abc', '', '']);
  });
});

describe('detailsPanel', () => {
  it('marks the selected span’s source and lists the spans', async () => {
    const text = '2021(R3)年度：検討 2022(R4)年度：実施';
    const it2 = item(7, '3', {
      title: '取組',
      scheduleText: text,
      schedule: {
        spans: [
          fySpan(2021, 2021, { label: '検討', source: { start: 0, end: 13 } }),
          fySpan(2022, 2022, { label: '実施', source: { start: 14, end: 27 } }),
        ],
        recurrences: [],
        notes: [],
        diagnostics: [],
      },
    });
    let closed = 0;
    const panel = await fixture<HTMLElement>(
      html`<div>
        ${detailsPanel(it2, { selectedSpan: 1, era: 'japanese', lang: 'ja', words: WORDS.ja, onClose: () => closed++ })}
      </div>`,
    );
    expect(panel.querySelector('mark')!.textContent).to.equal('2022(R4)年度：実施');
    expect(panel.querySelector('.source')!.textContent).to.equal(text);
    expect([...panel.querySelectorAll('.span-list li')].map((li) => li.textContent!.trim())).to.deep.equal([
      '令和3年度: 検討',
      '令和4年度: 実施',
    ]);
    expect(panel.querySelector('.span-list li.selected')!.textContent).to.contain('実施');
    panel.querySelector('button')!.click();
    expect(closed).to.equal(1);
  });

  it('names the policy and section the item is under, and leaves the line out when the plan names neither', async () => {
    const options = {
      selectedSpan: -1,
      era: 'both',
      lang: 'ja',
      words: WORDS.ja,
      onClose: () => {},
    } as const;
    const under = await fixture<HTMLElement>(html`<div>${detailsPanel(item(1, '1'), options)}</div>`);
    expect(under.querySelector('.meta')!.textContent).to.equal(
      '持続的成長に向けた行財政経営 ／ 健全な財政の維持',
    );
    const fromCsv = item(2, '2', { policy: { number: 0, title: '' }, section: { number: 0, title: '' } });
    const bare = await fixture<HTMLElement>(html`<div>${detailsPanel(fromCsv, options)}</div>`);
    expect(bare.querySelector('.meta')).to.equal(null);
  });
});
