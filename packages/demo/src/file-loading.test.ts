import { expect } from '@open-wc/testing';
import { parsePlan } from '@plan-timeline/core';
import { MAX_PLAN_BYTES } from '@plan-timeline/timeline-element';
import {
  attachDropTarget,
  FileTooLargeError,
  formatFromFileName,
  planName,
  readPlanFile,
  readSource,
  unreadableBecause,
} from './file-loading.js';

describe('file-loading', () => {
  it('tells the format from the extension, case-insensitively', () => {
    expect(formatFromFileName('plan.CSV')).to.equal('csv');
    expect(formatFromFileName('plan.tsv')).to.equal('tsv');
    expect(formatFromFileName('plan.json')).to.equal('json');
  });

  it('says why a file read as a plan has nothing to show, in the page language', async () => {
    const zip = [0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0, ...new Array<number>(18).fill(0)];
    const book = new File(
      [new Uint8Array([...zip, ...new TextEncoder().encode('xl/workbook.xml')])],
      'plan.xlsx',
    );
    const { plan } = await readPlanFile(book);
    expect(unreadableBecause(plan, 'ja')).to.match(
      /^このファイルはExcel のブック（\.xlsx）で、テキストではありません。/,
    );
    expect(unreadableBecause(plan, 'en')).to.match(/^The file is an Excel workbook \(\.xlsx\), not text/);
    expect(unreadableBecause(parsePlan('通し番号,項目\n1,予算'), 'ja')).to.equal(null);
    // A plan with no items and no error (an empty table) is shown: there is nothing wrong to say.
    expect(unreadableBecause({ ...parsePlan('通し番号,項目\n1,予算'), items: [] }, 'en')).to.equal(null);
  });

  it('refuses a file over the size limit without reading it, and reads one at the limit', async () => {
    const error = await readPlanFile(new File([new Uint8Array(MAX_PLAN_BYTES + 1)], 'huge.txt')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(FileTooLargeError);
    expect((error as FileTooLargeError).bytes).to.equal(MAX_PLAN_BYTES + 1);
    const atLimit = await readPlanFile(new File([new Uint8Array(MAX_PLAN_BYTES)], 'zeros.txt'));
    expect(atLimit.plan.items).to.deep.equal([]);
  });

  it('names a plan by its title, and by its file when nothing in it read as a plan', async () => {
    const seedText = await (await fetch('/seeds/000_247872b8d3084b37.txt')).text();
    expect(planName(parsePlan(seedText), 'seed.txt')).to.equal('多賀城市役所経営プラン 取組項目一覧');
    expect(planName(parsePlan('これは計画ではありません\nただの文章です'), 'note.txt')).to.equal('note.txt');
    expect(planName(parsePlan('<html><body>not a plan</body></html>'), 'page.html')).to.equal('page.html');
    const longTitle = `${'a'.repeat(300)}\n通し番号,項目\n1,予算`;
    expect(parsePlan(longTitle, { format: 'csv' }).items.length).to.be.greaterThan(0);
    expect(planName(parsePlan(longTitle, { format: 'csv' }), 'long.csv')).to.equal('long.csv');
  });

  it('reads a source for the fiscal year given, and keeps a file as it came to read it again', async () => {
    const csv = '通し番号,項目,スケジュール\n1,調査,4月～6月：調査\n';
    const starts = (plan: { items: { schedule: { spans: { start: string | null }[] } }[] }) =>
      plan.items.map((item) => item.schedule.spans.map((span) => span.start));
    expect(starts(readSource({ input: csv, name: 'pasted' }, null))).to.deep.equal([[]]);
    expect(starts(readSource({ input: csv, name: 'pasted' }, 2024))).to.deep.equal([['2024-04-01']]);
    const loaded = await readPlanFile(new File([csv], 'annual.txt'), 2025);
    expect(starts(loaded.plan)).to.deep.equal([['2025-04-01']]);
    expect(loaded.source.format).to.equal(undefined);
    expect(starts(readSource(loaded.source, 2023))).to.deep.equal([['2023-04-01']]);
    // A format the file's name gives is kept with it: this CSV named .tsv is read as TSV, one column.
    const misnamed = await readPlanFile(new File([csv], 'annual.tsv'));
    expect(misnamed.source.format).to.equal('tsv');
    expect(readSource(misnamed.source, 2024).items).to.deep.equal(misnamed.plan.items);
  });

  it('leaves .txt and unknown names to detection', () => {
    expect(formatFromFileName('plan.txt')).to.equal(undefined);
    expect(formatFromFileName('plan')).to.equal(undefined);
    expect(formatFromFileName('csv')).to.equal(undefined);
  });

  it('hands a dropped file over and hides the overlay', () => {
    const target = document.createElement('div');
    const overlay = document.createElement('div');
    overlay.hidden = true;
    const got: File[] = [];
    const detach = attachDropTarget(target, overlay, (file) => got.push(file));
    const transfer = new DataTransfer();
    transfer.items.add(new File(['通し番号,項目\n'], 'plan.csv', { type: 'text/csv' }));
    target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, cancelable: true }));
    expect(overlay.hidden).to.equal(false);
    const drop = new DragEvent('drop', { dataTransfer: transfer, cancelable: true });
    target.dispatchEvent(drop);
    expect(drop.defaultPrevented).to.equal(true);
    expect(overlay.hidden).to.equal(true);
    expect(got.map((file) => file.name)).to.deep.equal(['plan.csv']);
    detach();
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    expect(got).to.have.length(1);
  });

  it('ignores drags that carry no file', () => {
    const target = document.createElement('div');
    const overlay = document.createElement('div');
    overlay.hidden = true;
    attachDropTarget(target, overlay, () => {});
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'hello');
    target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, cancelable: true }));
    expect(overlay.hidden).to.equal(true);
  });
});

describe('readPlanFile', () => {
  it('reads a CSV file into a plan, named after the file', async () => {
    const csv =
      '通し番号,コード,項目,取組内容,目標,スケジュール,主務課\r\nNo.1,1,公用車のEV化,更新する,50%,2023(R5)年度～：順次更新,◎管財\r\n';
    const { plan, name } = await readPlanFile(new File([csv], '公用車.csv', { type: 'text/csv' }));
    expect(name).to.equal('公用車.csv');
    expect(plan.items.map((item) => [item.serial, item.title])).to.deep.equal([[1, '公用車のEV化']]);
    expect(plan.items[0]!.schedule.spans[0]!.start).to.equal('2023-04-01');
  });
});
