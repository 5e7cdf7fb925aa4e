import { expect } from '@open-wc/testing';
import { barColorClass, barColorProperty, NO_DEPARTMENT } from './bar-color.js';

describe('bar colours', () => {
  it('gives a palette index its department colour, and an item with no department the bar colour', () => {
    expect(barColorProperty(0)).to.equal('--plan-dept-color-0');
    expect(barColorProperty(7)).to.equal('--plan-dept-color-7');
    expect(barColorProperty(NO_DEPARTMENT)).to.equal('--plan-bar-color');
    expect(barColorClass(7)).to.equal('c7');
    expect(barColorClass(NO_DEPARTMENT)).to.equal('nodept');
  });
});
