import { countElements, fetchText, stepTimes, timeToFirstFrame } from './harness.js';

/* global Gantt */
const host = document.getElementById('host');
let tasks = null;
let gantt = null;

window.bench = {
  async load(n) {
    tasks = JSON.parse(await fetchText(`/data/${n}.frappe.json`));
  },
  async firstFrame() {
    const list = tasks;
    tasks = null;
    return timeToFirstFrame(
      () => {
        gantt = new Gantt(host, list, {
          view_mode: 'Month',
          readonly: true,
          scroll_to: 'start',
          today_button: false,
          container_height: 800,
          // In its favour: no weekend shading (a rect per weekend day, meaningless at month scale, about a
          // second per draw) and no infinite padding (30 extra months on each side).
          holidays: null,
          infinite_padding: false,
        });
      },
      () => host.querySelectorAll('.bar-wrapper').length > 0,
    );
  },
  async zoomSteps(count) {
    // frappe-gantt zooms by changing its view mode, which draws the chart again.
    return stepTimes((i) => gantt.change_view_mode(i % 2 ? 'Month' : 'Year', true), count, [host]);
  },
  stats() {
    return { elements: countElements(), drawnRows: host.querySelectorAll('.bar-wrapper').length };
  },
};
