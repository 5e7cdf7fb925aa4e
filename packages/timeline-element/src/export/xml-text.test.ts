import { expect } from '@open-wc/testing';
import { xmlText } from './xml-text.js';

describe('xmlText', () => {
  it('leaves out the characters XML 1.0 cannot hold, and keeps tabs, line breaks and emoji', () => {
    expect(xmlText('A\u0000B\bC\u001bD\ufffeE\uffffF')).to.equal('ABCDEF');
    expect(xmlText('a\tb\nc\rd')).to.equal('a\tb\nc\rd');
    expect(xmlText('x😀y')).to.equal('x😀y');
    expect(xmlText('x\ud800y\udc00z')).to.equal('xyz');
    expect(xmlText('収支均衡した予算編成‮')).to.equal('収支均衡した予算編成‮');
  });

  it('gives text that an SVG document serializes and parses back unchanged', () => {
    const text = xmlText('A\u0000B\bC\u001bD\ufffeE\ud800F\u202eg<&>"');
    const doc = document.implementation.createDocument('http://www.w3.org/2000/svg', 'svg', null);
    doc.documentElement.textContent = text;
    doc.documentElement.setAttribute('aria-label', text);
    const back = new DOMParser().parseFromString(new XMLSerializer().serializeToString(doc), 'image/svg+xml');
    expect(back.querySelector('parsererror')).to.equal(null);
    expect(back.documentElement.textContent).to.equal(text);
    expect(back.documentElement.getAttribute('aria-label')).to.equal(text);
  });
});
