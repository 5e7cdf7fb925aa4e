import { expect } from '@open-wc/testing';
import { nothing } from 'lit';
import { planLang } from './plan-lang.js';

describe('planLang', () => {
  it('marks plan text as Japanese when the element speaks English, and leaves it to inherit in Japanese', () => {
    expect(planLang('en')).to.equal('ja');
    expect(planLang('ja')).to.equal(nothing);
  });
});
