import { expect } from '@open-wc/testing';
import type { PlanTimeline } from './plan-timeline.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

/** A page with a strict Content-Security-Policy that loads the element as an external module and points it at the seed. */
function strictPage(): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<script type="module" src="/packages/timeline-element/src/define.ts"></script></head>
<body><plan-timeline src="/seeds/000_247872b8d3084b37.txt" today="2021-06-15" group-by="department"></plan-timeline></body></html>`;
}

describe('<plan-timeline> under a strict Content-Security-Policy', () => {
  it(`works with ${CSP}, with no violation`, async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.style.height = '800px';
    const violations: string[] = [];
    document.body.appendChild(frame);
    const doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
    doc.open();
    doc.write(strictPage());
    doc.close();
    doc.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
    let el: PlanTimeline | null = null;
    for (let i = 0; i < 300 && el?.state !== 'ready'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      el = doc.querySelector('plan-timeline') as PlanTimeline | null;
    }
    expect(el!.state).to.equal('ready');
    await el!.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const root = el!.shadowRoot!;
    expect(root.querySelectorAll('[role="row"]').length).to.be.greaterThan(10);
    const row = root.querySelector<HTMLElement>('[role="row"]')!;
    expect(frame.contentWindow!.getComputedStyle(row).position).to.equal('absolute');
    expect(row.style.transform).to.equal('translateY(0px)');
    el!.groupBy = 'item';
    await el!.updateComplete;
    expect(root.querySelector('[role="treegrid"]')!.getAttribute('aria-rowcount')).to.equal('56');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
