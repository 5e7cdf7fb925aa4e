import { expect } from '@open-wc/testing';
import { fitStart, fitText } from './fit-text.js';

describe('fitText', () => {
  it('keeps a label that fits', () => {
    expect(fitText('本稼働', 100, 12)).to.equal('本稼働');
    expect(fitText('BPR', 30, 12)).to.equal('BPR');
  });

  it('shortens a label with an ellipsis', () => {
    expect(fitText('導入検討、システム選定', 60, 12)).to.equal('導入検討…');
    expect(fitText('導入検討、システム選定', 55, 12)).to.equal('導入検…');
  });

  it('gives nothing when there is no room', () => {
    expect(fitText('導入検討', 10, 12)).to.equal('');
    expect(fitText('導入検討', 0, 12)).to.equal('');
  });
});

describe('fitStart', () => {
  it('keeps a label that fits', () => {
    expect(fitStart('本稼働', 100, 12)).to.equal('本稼働');
  });

  it('cuts a long label past its room, at a pause between words, without changing what it keeps', () => {
    const label = '導入検討、システム選定、構築、試行、本格稼働、運用保守の委託';
    const start = fitStart(label, 30, 12);
    expect(label.startsWith(start)).to.equal(true);
    // More than fits (so that the text overflows and the browser ends it with …), far less than all of it.
    expect(start.length * 12).to.be.greaterThan(30);
    expect(start.length).to.be.lessThan(label.length);
    // It ends where a word does: the words kept are words of the label.
    const words = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(label)].map((s) => s.index);
    expect(words).to.include(start.length);
    expect(fitStart('😀😀😀😀😀😀😀😀😀😀', 12, 12)).to.match(/^(😀)+$/u);
  });

  it('cuts a label after brackets, not inside them', () => {
    const depth = (text: string) => text.split(/[(（]/).length - text.split(/[)）]/).length;
    for (const label of [
      '基本設計を見直しし基本設計（その2）作成、公募',
      '事務処理の見直し(BPR)、仕様決定、構築',
    ]) {
      const cuts = new Set<string>();
      for (let width = 12; width < 300; width++) {
        const start = fitStart(label, width, 12);
        expect(label.startsWith(start), start).to.equal(true);
        expect(depth(start), start).to.equal(0);
        cuts.add(start);
      }
      // Cut short of a bracket, or past its end.
      expect(
        [...cuts].some((start) => /[)）]/.test(start)),
        [...cuts].join(' | '),
      ).to.equal(true);
      expect(
        [...cuts].some((start) => !/[(（]/.test(start)),
        [...cuts].join(' | '),
      ).to.equal(true);
    }
    // A bracket that never closes keeps the rest.
    expect(fitStart('見直し（その2の作成と公募、説明会の開催', 30, 12)).to.equal(
      '見直し（その2の作成と公募、説明会の開催',
    );
  });

  it('gives nothing when not even one character fits', () => {
    expect(fitStart('導入検討', 10, 12)).to.equal('');
    expect(fitStart('導入検討', -5, 12)).to.equal('');
  });
});
