import { expect } from '@open-wc/testing';
import { fitText } from './fit-text.js';

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
