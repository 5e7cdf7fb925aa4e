import { expect } from '@open-wc/testing';
import { attachDropTarget, formatFromFileName } from './file-loading.js';

describe('file-loading', () => {
  it('tells the format from the extension, case-insensitively', () => {
    expect(formatFromFileName('plan.CSV')).to.equal('csv');
    expect(formatFromFileName('plan.tsv')).to.equal('tsv');
    expect(formatFromFileName('plan.json')).to.equal('json');
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
