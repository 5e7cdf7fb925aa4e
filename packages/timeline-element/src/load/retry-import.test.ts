import { expect } from '@open-wc/testing';
import { failedModuleUrl, retryUrl } from './retry-import.js';

describe('failedModuleUrl', () => {
  it("reads the module's address from Chromium's and Firefox's messages", () => {
    expect(
      failedModuleUrl(
        new TypeError(
          'Failed to fetch dynamically imported module: https://city.example/js/plan-timeline.readers.js',
        ),
      ),
    ).to.equal('https://city.example/js/plan-timeline.readers.js');
    expect(
      failedModuleUrl(
        new TypeError('error loading dynamically imported module: http://localhost:8000/readers.js?v=2'),
      ),
    ).to.equal('http://localhost:8000/readers.js?v=2');
  });

  it('is null where the message names no address', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).to.equal(null);
    expect(failedModuleUrl(undefined)).to.equal(null);
    expect(failedModuleUrl({ message: 'https://a.example/x.js' })).to.equal(null);
  });
});

describe('retryUrl', () => {
  it('adds the attempt to the query, keeping what is there', () => {
    expect(retryUrl('https://a.example/x.js', 1)).to.equal('https://a.example/x.js?retry=1');
    expect(retryUrl('https://a.example/x.js?v=2', 3)).to.equal('https://a.example/x.js?v=2&retry=3');
    expect(retryUrl('https://a.example/x.js?retry=1', 2)).to.equal('https://a.example/x.js?retry=2');
  });
});
