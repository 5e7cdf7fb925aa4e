import { countElements, fetchText, waitAfterLoad, stepTimes, timeToFirstFrame, wheelAt } from './harness.js';

/* global vis */
const host = document.getElementById('host');
let data = null;

/**
 * The options the timeline is made with, by the page's `?options=`: `tuned` (the default) in its favour,
 * `defaults` as its users get it out of the box: `{}`, every option at its default (stacking, the axis
 * at the bottom, as tall as its rows, fitted to the items). Leaving the argument out altogether is not the
 * same: vis-timeline 8.5 then fits its window without drawing it again, and keeps showing the days around
 * today until the first interaction.
 */
const config = new URLSearchParams(location.search).get('options') ?? 'tuned';
const OPTIONS = {
  // No start/end window: with one, vis-timeline keeps its loading screen up for about a second; fitting
  // to the items (the same range here) shows them on the next frame. No stacking of overlapping items.
  tuned: { stack: false, orientation: 'top', height: '800px', verticalScroll: true, zoomKey: '' },
  defaults: {},
};
const options = OPTIONS[config];
if (!options) throw new Error(`unknown options ${config}`);

window.bench = {
  waitAfterLoad,
  async load(n) {
    data = JSON.parse(await fetchText(`/data/${n}.vis.json`));
  },
  /** [first frame, settled] in ms. */
  async firstFrame() {
    const { groups, items } = data;
    data = null;
    return timeToFirstFrame(() => {
      new vis.Timeline(host, new vis.DataSet(items), new vis.DataSet(groups), options);
    }, [
      // First frame: the loading screen is gone and the bars are in the DOM ...
      () => !host.querySelector('.vis-loading-screen') && host.querySelectorAll('.vis-item').length > 0,
      // ... settled: the axis is redrawn for the fitted window (year labels; until then it shows the
      // default window of a few days).
      () =>
        [...host.querySelectorAll('.vis-time-axis .vis-text')].some((e) =>
          /^\d{4}$/.test(e.textContent.trim()),
        ),
    ]);
  },
  /** Wheel steps (one notch, ±120: about 1.2× each), alternately in and out. */
  async zoomSteps(count) {
    const r = host.querySelector('.vis-center').getBoundingClientRect();
    const x = r.left + r.width * 0.6;
    const y = r.top + Math.min(r.height, 700) * 0.5;
    return stepTimes((i) => void wheelAt(x, y, i % 2 ? 120 : -120), count, [host]);
  },
  stats() {
    return {
      elements: countElements(),
      drawnRows: host.querySelectorAll('.vis-foreground .vis-group').length,
      options: { config, options },
    };
  },
};
