import { expect } from '@open-wc/testing';
import { applyMessages, isMessageKey, t } from './i18n.js';

describe('i18n', () => {
  it('fills placeholders in both languages', () => {
    expect(t('en', 'summary.items', { n: 54 })).to.equal('54 items');
    expect(t('ja', 'summary.items', { n: 54 })).to.equal('54項目');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(t('en', 'load.loaded', { name: 'a.csv' })).to.equal('Loaded “a.csv” ({n} items)');
  });

  it('translates text and attributes of marked elements, as text', () => {
    const root = document.createElement('div');
    const heading = document.createElement('h2');
    heading.dataset.i18n = 'export.heading';
    const input = document.createElement('input');
    input.dataset.i18nPlaceholder = 'control.searchPlaceholder';
    root.append(heading, input);
    applyMessages(root, 'en');
    expect(heading.textContent).to.equal('Export');
    expect(input.placeholder).to.equal('Filter by title, content, department');
    applyMessages(root, 'ja');
    expect(heading.textContent).to.equal('書き出す');
  });

  it('has both languages for every message the page names', async () => {
    const page = new DOMParser().parseFromString(
      await (await fetch('/packages/demo/index.html')).text(),
      'text/html',
    );
    const named = [...page.querySelectorAll('*')].flatMap((el) =>
      Object.entries((el as HTMLElement).dataset)
        .filter(([name]) => name.startsWith('i18n'))
        .map(([, key]) => key!),
    );
    expect(named.length).to.be.greaterThan(40);
    expect(named.filter((key) => !isMessageKey(key))).to.deep.equal([]);
  });
});
