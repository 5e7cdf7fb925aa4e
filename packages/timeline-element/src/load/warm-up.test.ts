import { expect } from '@open-wc/testing';
import { warmUpReaders } from './warm-up.js';

describe('warmUpReaders', () => {
  // The sample is there to run the readers' usual paths: it must keep reading as a plan does, whole.
  const plan = warmUpReaders();
  const bySerial = new Map(plan.items.map((item) => [item.serial, item]));

  it('reads its sample plan whole: every row an item, index and table agreeing', () => {
    expect(plan.title).to.equal('見本市役所経営プラン 取組項目一覧');
    expect(plan.items.map((item) => item.code)).to.deep.equal(['1', '1-1', '2', '3']);
    expect(bySerial.get(2)!.parentCode).to.equal('1');
    expect(plan.policies.map((p) => p.number)).to.deep.equal([1]);
    expect(plan.sections[0]!.lead?.name).to.equal('財政経営担当');
    // No.4, as the seed's No.19 and No.40, has no date and no lead (◎): what the readers report is read too.
    const reported = plan.diagnostics.map((d) => [d.code, d.serial]);
    expect(reported).to.deep.equal([
      ['undated', 4],
      ['no-lead', 4],
    ]);
  });

  it('meets the notations schedules use: points, ranges, open ends, counts of years, recurrences, tracks', () => {
    const first = bySerial.get(1)!.schedule;
    expect(first.spans.map((s) => [s.startFiscalYear, s.endFiscalYear])).to.deep.equal([
      [2021, 2021],
      [2022, 2024],
      [2025, null],
    ]);
    expect(first.recurrences.map((r) => r.everyYears)).to.deep.equal([1]);
    const second = bySerial.get(2)!.schedule;
    expect(second.spans.map((s) => [s.start, s.end])).to.deep.equal([
      ['2020-04-01', '2023-03-31'],
      ['2023-04-01', '2026-03-31'],
    ]);
    expect(second.recurrences.map((r) => r.everyYears)).to.deep.equal([3]);
    const third = bySerial.get(3)!.schedule;
    expect(third.spans.map((s) => [s.track, s.startFiscalYear, s.endFiscalYear])).to.deep.equal([
      ['内部情報系', 2021, 2021],
      ['内部情報系', 2022, null],
      ['住民情報系', 2022, 2024],
    ]);
  });

  it('reads HTML cells as text, departments with their units, targets and dated mentions', () => {
    const [one, two, three, four] = [1, 2, 3, 4].map((serial) => bySerial.get(serial)!);
    expect(two!.content).to.equal('・施設の現況調査\n・配置計画の策定');
    expect(one!.departments.map((d) => [d.name, d.role])).to.deep.equal([
      ['財政', 'primary'],
      ['行政', 'primary'],
      ['所管課', 'participating'],
    ]);
    expect(two!.departments.map((d) => [d.name, d.units, d.parent])).to.deep.equal([
      ['総務', ['人事'], undefined],
      ['市民', undefined, '市民経済部'],
    ]);
    expect(three!.departments[0]!.units).to.deep.equal(['生環', '市民', '税務', '収納']);
    expect(four!.departments.every((d) => d.role === 'participating')).to.equal(true);
    expect(one!.targets.map((t) => [t.value, t.unit])).to.deep.equal([[97.9, '%']]);
    expect(two!.targets.map((t) => [t.from, t.value, t.unit, t.by?.startFiscalYear])).to.deep.equal([
      [448, 439, '人', 2025],
    ]);
    expect(one!.mentions.map((m) => m.start)).to.deep.equal(['2016-10-01']);
    expect(three!.mentions.map((m) => m.start)).to.deep.equal(['2020-12-01']);
  });
});
