import { expect } from '@open-wc/testing';
import { parsePlan } from '@plan-timeline/core';
import { buildExport, exportFileName } from './exports.js';
import type { TimelineElement } from './timeline-api.js';

describe('exports', () => {
  it('names files after the plan', () => {
    expect(exportFileName('多賀城市役所経営プラン 取組項目一覧', 'csv')).to.equal(
      '多賀城市役所経営プラン_取組項目一覧.csv',
    );
  });

  it('drops characters file systems reject', () => {
    expect(exportFileName('a/b:c*?"<>|d', 'svg')).to.equal('a_b_c_d.svg');
    expect(exportFileName('../../etc/passwd', 'json')).to.equal('etc_passwd.json');
  });

  it('drops characters that do not show, so that no name can look like another', () => {
    // U+202E would show 'plan\u202Egpj.svg' as 'plangvs.jpg'.
    expect(exportFileName('plan\u202Egpj', 'svg')).to.equal('plangpj.svg');
    expect(exportFileName('\u2067計画\u2069\u200b\ufeff', 'ics')).to.equal('計画.ics');
    expect(exportFileName('a\u0085b\ud800', 'csv')).to.equal('a_b.csv');
  });

  it('cuts a long title to 80 characters without splitting one', () => {
    const name = exportFileName(`${'計'.repeat(79)}😀😀`, 'json');
    expect(name).to.equal(`${'計'.repeat(79)}😀.json`);
  });

  it("drops a plan file's extension", () => {
    expect(exportFileName('keikaku.CSV', 'ics')).to.equal('keikaku.ics');
    expect(exportFileName('plan.v2.json', 'svg')).to.equal('plan.v2.svg');
  });

  it('falls back to "plan" for an empty title', () => {
    expect(exportFileName('', 'ics')).to.equal('plan.ics');
    expect(exportFileName(' / ', 'png')).to.equal('plan.png');
  });
});

describe('buildExport', () => {
  it('writes a CSV whose cells that begin like a formula a spreadsheet shows as text', async () => {
    const plan = parsePlan(
      '通し番号,項目,スケジュール,主務課\n1,=HYPERLINK("http://example.com"),2021年度,◎財政\n',
      {
        format: 'csv',
      },
    );
    const { blob, fileName } = await buildExport('csv', {} as TimelineElement, plan, 'plan');
    expect(fileName).to.equal('plan.csv');
    const text = await blob.text();
    expect(text).to.contain(`"'=HYPERLINK(""http://example.com"")"`);
  });
});
