import { expect, fixture, html } from '@open-wc/testing';
import type { Diagnostic } from '@plan-timeline/core';
import { FIRST_SHOWN, renderDiagnostics, sortDiagnostics } from './diagnostics-panel.js';

const diagnostic = (over: Partial<Diagnostic>): Diagnostic => ({
  code: 'undated',
  severity: 'info',
  message: 'm',
  source: { start: 0, end: 1 },
  ...over,
});

/** A count and a list for the panel to fill. */
const panel = (): Promise<HTMLElement> =>
  fixture<HTMLElement>(
    html`<div>
      <span id="count"></span>
      <ol id="list"></ol>
    </div>`,
  );

describe('diagnostics-panel', () => {
  it('orders errors, warnings, then information, each by line', () => {
    const sorted = sortDiagnostics([
      diagnostic({ severity: 'info', line: 1 }),
      diagnostic({ severity: 'warning', line: 50 }),
      diagnostic({ severity: 'error', line: 90 }),
      diagnostic({ severity: 'warning', line: 7 }),
    ]);
    expect(sorted.map((d) => `${d.severity}:${d.line}`)).to.deep.equal([
      'error:90',
      'warning:7',
      'warning:50',
      'info:1',
    ]);
  });

  it('does not mutate its input', () => {
    const input = [diagnostic({ severity: 'info' }), diagnostic({ severity: 'error' })];
    sortDiagnostics(input);
    expect(input.map((d) => d.severity)).to.deep.equal(['info', 'error']);
  });

  it("offers the plan's fiscal year on the notes it would resolve, and only where it is asked for", async () => {
    const root = await panel();
    let asked = 0;
    const diagnostics = [
      diagnostic({ code: 'yearless-month', serial: 1, line: 2 }),
      diagnostic({ code: 'uncounted-year', serial: 2, line: 3 }),
      diagnostic({ code: 'yearless-part', serial: 3, line: 4 }),
      diagnostic({ code: 'undated', serial: 1, line: 2 }),
    ];
    const list = root.querySelector<HTMLElement>('#list')!;
    const count = root.querySelector<HTMLElement>('#count')!;
    renderDiagnostics(
      list,
      count,
      diagnostics,
      'ja',
      () => {},
      () => asked++,
    );
    const yearButtons = (): HTMLButtonElement[] =>
      [...list.querySelectorAll('button')].filter((b) => b.textContent === '計画の年度を入力');
    expect(yearButtons().map((b) => b.closest('li')!.dataset.code)).to.deep.equal([
      'yearless-month',
      'uncounted-year',
      'yearless-part',
    ]);
    yearButtons()[1]!.click();
    expect(asked).to.equal(1);
    renderDiagnostics(list, count, diagnostics, 'ja', () => {});
    expect(yearButtons()).to.deep.equal([]);
  });

  it('lists each diagnostic with its item and line, and jumps to the item', async () => {
    const root = await panel();
    const jumps: number[] = [];
    renderDiagnostics(
      root.querySelector('#list')!,
      root.querySelector('#count')!,
      [
        diagnostic({ code: 'era-mismatch', severity: 'warning', serial: 13, line: 121, message: '2020(R3)' }),
        diagnostic({ code: 'unread-row', severity: 'error', line: 3, message: 'row' }),
      ],
      'ja',
      (serial) => jumps.push(serial),
    );
    const rows = [...root.querySelectorAll('li')];
    expect(rows.map((row) => row.dataset.code)).to.deep.equal(['unread-row', 'era-mismatch']);
    expect(root.querySelector('#count')!.textContent).to.equal('2件');
    expect(rows[1]!.textContent).to.contain('No.13').and.contain('121行目').and.contain('2020(R3)');
    expect(rows[0]!.querySelector('button')).to.equal(null);
    rows[1]!.querySelector('button')!.click();
    expect(jumps).to.deep.equal([13]);
  });

  it('shows the Japanese message in Japanese, the English one in English, and English where there is no other', async () => {
    const root = await panel();
    const both = diagnostic({ line: 1, message: 'No.19: no date', messageJa: 'No.19: 日付がありません' });
    const englishOnly = diagnostic({ line: 2, message: 'from JSON' });
    const messages = (lang: 'ja' | 'en') => {
      renderDiagnostics(
        root.querySelector('#list')!,
        root.querySelector('#count')!,
        [both, englishOnly],
        lang,
        () => {},
      );
      return [...root.querySelectorAll('.diagnostic-message')].map((p) => p.textContent);
    };
    expect(messages('ja')).to.deep.equal(['No.19: 日付がありません', 'from JSON']);
    expect(messages('en')).to.deep.equal(['No.19: no date', 'from JSON']);
  });

  it('shows messages as text, never as markup', async () => {
    const root = await panel();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    renderDiagnostics(
      root.querySelector('#list')!,
      root.querySelector('#count')!,
      [diagnostic({ message: hostile, messageJa: hostile })],
      'ja',
      () => {},
    );
    expect(root.querySelector('img, script')).to.equal(null);
    expect(root.querySelector('.diagnostic-message')!.textContent).to.equal(hostile);
  });

  it('lists the first of many at once, and the others on request', async () => {
    const root = await panel();
    const many = Array.from({ length: 5000 }, (_, i) =>
      diagnostic({ serial: i + 1, line: i + 10, message: `No.${i + 1}: no date` }),
    );
    renderDiagnostics(root.querySelector('#list')!, root.querySelector('#count')!, many, 'ja', () => {});
    expect(root.querySelector('#count')!.textContent).to.equal('5000件');
    const listed = () => [...root.querySelectorAll<HTMLElement>('li.diagnostic')];
    expect(listed()).to.have.length(FIRST_SHOWN);
    expect(listed().at(-1)!.dataset.serial).to.equal(String(FIRST_SHOWN));
    const more = root.querySelector<HTMLButtonElement>('li.diagnostic-more button')!;
    expect(more.textContent).to.equal(`残りの${5000 - FIRST_SHOWN}件を表示`);
    more.click();
    expect(listed().map((row) => Number(row.dataset.serial))).to.deep.equal(many.map((d) => d.serial));
    expect(root.querySelector('li.diagnostic-more')).to.equal(null);
    // The focus is not lost with the button: it is on the first diagnostic the button listed.
    expect(root.ownerDocument.activeElement).to.equal(listed()[FIRST_SHOWN]);
  });

  it('says so when there is nothing to report', async () => {
    const root = await panel();
    renderDiagnostics(root.querySelector('#list')!, root.querySelector('#count')!, [], 'en', () => {});
    expect(root.querySelector('#list')!.textContent).to.equal('Nothing to report');
  });
});
