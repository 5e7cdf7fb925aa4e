import { countElements, fetchText, waitAfterLoad, stepTimes, timeToFirstFrame } from './harness.js';

/* global Gantt */
const host = document.getElementById('host');
let tasks = null;
let gantt = null;

/**
 * The options the chart is made with, by the page's `?options=`: `tuned` (the default) in its favour,
 * `defaults` as its users get it out of the box: `{}`, every option at its default (Day view, weekend
 * shading, infinite padding, editable bars, a Today button, as tall as its rows, scrolled to today).
 */
const config = new URLSearchParams(location.search).get('options') ?? 'tuned';
const OPTIONS = {
  tuned: {
    view_mode: 'Month',
    readonly: true,
    scroll_to: 'start',
    today_button: false,
    container_height: 800,
    // In its favour: no weekend shading (a rect per weekend day, meaningless at month scale, about a
    // second per draw) and no infinite padding (30 extra months on each side).
    holidays: null,
    infinite_padding: false,
  },
  defaults: {},
};
const options = OPTIONS[config];
if (!options) throw new Error(`unknown options ${config}`);
/** Zoom steps switch the view mode: out and back in again, from the mode the chart starts in. */
const ZOOM = { tuned: ['Year', 'Month'], defaults: ['Week', 'Day'] }[config];

window.bench = {
  waitAfterLoad,
  async load(n) {
    tasks = JSON.parse(await fetchText(`/data/${n}.frappe.json`));
  },
  async firstFrame() {
    const list = tasks;
    tasks = null;
    return timeToFirstFrame(
      () => {
        gantt = new Gantt(host, list, options);
      },
      () => host.querySelectorAll('.bar-wrapper').length > 0,
    );
  },
  async zoomSteps(count) {
    // frappe-gantt zooms by changing its view mode, which draws the chart again.
    return stepTimes((i) => gantt.change_view_mode(ZOOM[i % 2], true), count, [host]);
  },
  stats() {
    return {
      elements: countElements(),
      drawnRows: host.querySelectorAll('.bar-wrapper').length,
      options: { config, options },
    };
  },
};
