import { expect, fixture, html } from '@open-wc/testing';
import { expandForPrint, expandFully } from './print-layout.js';

/** A stand-in with a scrolling shadow box, as `<plan-timeline>` has. */
class ScrollingBox extends HTMLElement {
  protected readonly box = document.createElement('div');
  protected readonly content = document.createElement('div');

  constructor() {
    super();
    this.box.style.cssText = 'height: 100%; overflow-y: auto';
    this.content.style.height = '1000px';
    this.box.append(this.content);
    this.attachShadow({ mode: 'open' }).append(this.box);
  }
}
customElements.define('scrolling-box', ScrollingBox);

/**
 * A stand-in for a long table: its rows are estimated at 1,000 px in all, and measured at 1,600 px
 * once it is tall enough to draw them.
 */
class GrowingBox extends ScrollingBox {
  constructor() {
    super();
    new ResizeObserver(() => {
      if (this.box.clientHeight >= 1000) requestAnimationFrame(() => (this.content.style.height = '1600px'));
    }).observe(this.box);
  }
}
customElements.define('growing-box', GrowingBox);

describe('print-layout', () => {
  it('makes the element as tall as its scrolled content, then restores it', async () => {
    const el = await fixture<HTMLElement>(
      html`<scrolling-box style="display: block; height: 200px"></scrolling-box>`,
    );
    const restore = expandForPrint(el);
    expect(el.getBoundingClientRect().height).to.equal(1000);
    restore();
    expect(el.style.height).to.equal('200px');
  });

  it('leaves an element that does not scroll alone', async () => {
    const el = await fixture<HTMLElement>(html`<div style="height: 50px"></div>`);
    expandForPrint(el)();
    expect(el.style.height).to.equal('50px');
  });

  it('grows the element again until it shows every row it has drawn, then restores it', async () => {
    const el = await fixture<HTMLElement>(
      html`<growing-box style="display: block; height: 200px"></growing-box>`,
    );
    const restore = await expandFully(el);
    expect(el.getBoundingClientRect().height).to.equal(1600);
    restore();
    expect(el.style.height).to.equal('200px');
  });
});
