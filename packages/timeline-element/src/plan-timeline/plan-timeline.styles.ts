import { css } from 'lit';

/** The dark palette, for `theme="dark"` and for `theme="auto"` when the system is dark. */
const darkTheme = css`
  --plan-background: #15181c;
  --plan-surface: #1d2127;
  --plan-text-color: #e6edf3;
  --plan-muted-color: #a2adb9;
  --plan-border-color: #3a414a;
  --plan-grid-color: #2a3038;
  --plan-bar-color: #82b6ff;
  --plan-bar-text-color: #0b0e12;
  --plan-band-color: rgba(130, 182, 255, 0.16);
  --plan-band-text-color: #b9d4f7;
  --plan-today-color: #ff7b72;
  --plan-current-year-color: rgba(255, 200, 60, 0.09);
  --plan-era-color: #d2a8ff;
  --plan-selection-color: #1f3350;
  --plan-hover-color: #20262e;
  --plan-focus-color: #8ab4f8;
  --plan-mark-color: #6b5300;
  --plan-dept-color-0: #82b6ff;
  --plan-dept-color-1: #7dd38f;
  --plan-dept-color-2: #d2a8ff;
  --plan-dept-color-3: #56d4c4;
  --plan-dept-color-4: #f0b46c;
  --plan-dept-color-5: #f79ac0;
  --plan-dept-color-6: #ffa198;
  --plan-dept-color-7: #b6c3cc;
  color-scheme: dark;
`;

export const styles = css`
  :host {
    /*
     * Japanese fonts first, so that a label's kana, kanji and Latin letters come from one font: the text is
     * shaped in one run, and a page's first frame loads one font, not a UI font and a Japanese one beside it.
     */
    --plan-font-family:
      'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', 'Noto Sans CJK JP', 'Yu Gothic UI',
      Meiryo, system-ui, sans-serif;
    --plan-font-size: 13px;
    --plan-row-height: 28px;
    --plan-label-width: 22rem;
    --plan-axis-height: 48px;
    --plan-height: 36rem;
    --plan-radius: 8px;
    --plan-background: #ffffff;
    --plan-surface: #f5f7fa;
    --plan-text-color: #1b1f24;
    --plan-muted-color: #555f6b;
    --plan-border-color: #d0d7de;
    --plan-grid-color: #e6eaef;
    --plan-bar-color: #1f5fa8;
    --plan-bar-text-color: #ffffff;
    --plan-band-color: rgba(31, 95, 168, 0.13);
    --plan-band-text-color: #274b74;
    --plan-today-color: #c62828;
    --plan-current-year-color: rgba(245, 180, 0, 0.13);
    --plan-era-color: #7b3fb8;
    --plan-selection-color: #e3edfc;
    --plan-hover-color: #f1f4f8;
    --plan-focus-color: #0b57d0;
    --plan-mark-color: #ffe08a;
    --plan-dept-color-0: #1f5fa8;
    --plan-dept-color-1: #2e7d32;
    --plan-dept-color-2: #6a3fa0;
    --plan-dept-color-3: #00695c;
    --plan-dept-color-4: #8a4b08;
    --plan-dept-color-5: #ad1457;
    --plan-dept-color-6: #b3261e;
    --plan-dept-color-7: #455a64;

    display: block;
    position: relative;
    box-sizing: border-box;
    height: var(--plan-height);
    min-height: 12rem;
    border: 1px solid var(--plan-border-color);
    border-radius: var(--plan-radius);
    overflow: hidden;
    font-family: var(--plan-font-family);
    font-size: var(--plan-font-size);
    line-height: 1.4;
    color: var(--plan-text-color);
    background: var(--plan-background);
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  /* The copy that draws a sample plan once while the element waits for its plan (DrawRehearsal): laid out at the
     element's size, never seen, never reached. */
  .rehearsal {
    position: absolute;
    inset: 0;
    visibility: hidden;
    pointer-events: none;
    contain: strict;
  }

  .rehearsal > * {
    height: 100%;
  }

  :host([theme='dark']) {
    ${darkTheme}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTheme}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .root {
    display: flex;
    flex-direction: column;
    height: 100%;
  }

  /* Sized by the custom properties the element works with in pixels, and watched: when a page changes one, the
     element reads it again. Unseen, out of the flow. */
  .metrics {
    position: absolute;
    width: var(--plan-axis-height, 48px);
    height: var(--plan-row-height, 28px);
    visibility: hidden;
    pointer-events: none;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid var(--plan-border-color);
    background: var(--plan-surface);
    flex: none;
    /* One row of controls (2rem) high before they are shown, so that the rows do not move when a plan arrives. */
    min-height: calc(3rem + 1px);
  }
  .toolbar .title {
    font-weight: 600;
    margin-inline-end: auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .toolbar label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    color: var(--plan-muted-color);
  }
  .toolbar input,
  .toolbar select,
  .toolbar button,
  .details button {
    font: inherit;
    color: var(--plan-text-color);
    background: var(--plan-background);
    border: 1px solid var(--plan-border-color);
    border-radius: 6px;
    min-height: 2rem;
    padding: 0.2rem 0.55rem;
  }
  .toolbar input[type='search'] {
    width: 16rem;
    max-width: 60vw;
  }
  .toolbar button {
    cursor: pointer;
    min-width: 2rem;
  }
  .toolbar button:hover {
    background: var(--plan-hover-color);
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--plan-selection-color);
    border-color: var(--plan-focus-color);
  }
  .zoom-buttons {
    display: inline-flex;
    gap: 0.25rem;
  }
  :focus-visible {
    outline: 2px solid var(--plan-focus-color);
    outline-offset: 1px;
  }

  /* Frame: axis + rows */
  .stage {
    flex: 1;
    min-height: 0;
    display: flex;
    position: relative;
    container: plan-stage / inline-size;
  }
  .stage > .state {
    position: absolute;
    inset: 0;
  }
  /* While a long plan is read: a note over the rows already shown. */
  .stage > .reading {
    position: absolute;
    z-index: 3;
    bottom: 0.75rem;
    right: 0.75rem;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--plan-border-color);
    border-radius: 999px;
    background: var(--plan-background);
    color: var(--plan-muted-color);
    font-size: 0.92em;
    pointer-events: none;
  }
  .main {
    flex: 1;
    min-width: 0;
    min-height: 0;
    display: flex;
  }
  .main.waiting {
    visibility: hidden;
  }
  .frame {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    position: relative;
    touch-action: pan-y;
    container-type: inline-size;
  }
  .head {
    flex: none;
  }
  .head-row {
    display: flex;
    height: var(--plan-axis-height);
    border-bottom: 1px solid var(--plan-border-color);
    background: var(--plan-surface);
  }
  .corner {
    flex: none;
    width: min(var(--plan-label-width), 40%);
    border-right: 1px solid var(--plan-border-color);
    padding: 0 0.75rem 0.35rem;
    display: flex;
    align-items: flex-end;
    justify-content: space-between;
    color: var(--plan-muted-color);
    /* Whole pixels (12px, not 11.96px): fewer font sizes to set up for the first frame. */
    font-size: 0.92em;
    font-size: round(0.92em, 1px);
  }
  .axis {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    cursor: zoom-in;
    user-select: none;
  }
  .axis svg {
    display: block;
  }
  .axis .tick line {
    stroke: var(--plan-border-color);
  }
  .axis .tick text {
    fill: var(--plan-text-color);
    font-family: var(--plan-font-family);
    font-size: 12px;
  }
  .axis .tick tspan.year {
    font-weight: 600;
  }
  .axis .tick tspan.era {
    fill: var(--plan-muted-color);
  }
  .axis .minor .tick text {
    fill: var(--plan-muted-color);
    font-size: 11px;
  }
  .axis .baseline {
    stroke: none;
  }
  .axis .era-change line,
  .overlay .era-line {
    stroke: var(--plan-era-color);
    stroke-dasharray: 3 3;
  }
  .axis .era-change text {
    fill: var(--plan-era-color);
    font-size: 11px;
    font-weight: 600;
  }
  .axis .current-year,
  .overlay .current-year {
    fill: var(--plan-current-year-color);
  }
  .axis .today-mark {
    fill: var(--plan-today-color);
  }

  .body {
    flex: 1;
    min-height: 0;
    position: relative;
  }
  .overlay {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .overlay .year-line {
    stroke: var(--plan-grid-color);
  }
  .overlay .today {
    stroke: var(--plan-today-color);
    stroke-width: 2;
  }
  .scroller {
    position: absolute;
    inset: 0;
    overflow-x: hidden;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .grid {
    position: relative;
    min-height: 100%;
  }
  .row {
    position: absolute;
    left: 0;
    right: 0;
    top: 0;
    display: flex;
    border-bottom: 1px solid var(--plan-grid-color);
    outline: none;
  }
  .row:focus-visible {
    box-shadow: inset 0 0 0 2px var(--plan-focus-color);
  }
  .row:focus-visible .cell-label {
    box-shadow:
      inset 2px 0 0 0 var(--plan-focus-color),
      inset 0 2px 0 0 var(--plan-focus-color),
      inset 0 -2px 0 0 var(--plan-focus-color);
  }
  .cell-label {
    --_indent: 1.1rem;
    flex: none;
    width: min(var(--plan-label-width), 40%);
    display: flex;
    align-items: center;
    gap: 0.35rem;
    padding-inline-start: calc(0.5rem + (var(--_level, 1) - 1) * var(--_indent));
    padding-inline-end: 0.6rem;
    border-right: 1px solid var(--plan-border-color);
    background: var(--plan-background);
    white-space: nowrap;
    overflow: hidden;
    cursor: default;
  }
  .cell-chart {
    flex: 1;
    min-width: 0;
    position: relative;
    overflow: hidden;
    /* A double click zooms here: it selects no text of the bars (their words are in the details and tooltip). */
    user-select: none;
  }
  .chart {
    position: absolute;
    top: 0;
    left: 0;
    /* Bars are drawn a little beyond the view (the cell clips them), so that a gesture can move them. */
    transform-origin: 0 0;
    direction: ltr;
    font-size: 12px;
  }
  .chart > * {
    position: absolute;
    box-sizing: border-box;
    white-space: nowrap;
  }
  .row:hover .cell-label,
  .row:hover .cell-chart {
    background-color: var(--plan-hover-color);
  }
  .row:hover .cell-chart {
    background-color: color-mix(in srgb, var(--plan-hover-color) 55%, transparent);
  }
  .row[aria-selected='true'] .cell-label {
    background: var(--plan-selection-color);
  }
  .row[aria-selected='true'] .cell-chart {
    background: color-mix(in srgb, var(--plan-selection-color) 60%, transparent);
  }
  .row.group .cell-label {
    background: var(--plan-surface);
    font-weight: 600;
  }
  .row.group .cell-chart {
    background: color-mix(in srgb, var(--plan-surface) 70%, transparent);
  }
  .row.context .title {
    color: var(--plan-muted-color);
  }
  .toggle {
    flex: none;
    width: 1.1rem;
    height: 1.1rem;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    color: var(--plan-muted-color);
    cursor: pointer;
    border-radius: 3px;
    transition: transform 120ms ease;
  }
  .toggle:hover {
    background: var(--plan-grid-color);
  }
  /* The triangle is drawn by CSS: an SVG per row would cost a replaced element's layout on every row. */
  .toggle::before {
    content: '';
    width: 10px;
    height: 10px;
    background: currentColor;
    clip-path: polygon(30% 10%, 80% 50%, 30% 90%);
    /* In forced colours a background would become the page's: the triangle keeps the text's colour. */
    forced-color-adjust: none;
  }
  .toggle.open {
    transform: rotate(90deg);
  }
  .toggle.none {
    visibility: hidden;
  }
  .code {
    flex: none;
    color: var(--plan-muted-color);
    font-variant-numeric: tabular-nums;
    min-width: 2.2em;
  }
  /* A narrow chart (a phone): nesting shows by a smaller step, and the label column gives its room to titles. */
  @container (max-width: 32rem) {
    .cell-label {
      --_indent: 0.4rem;
      gap: 0.2rem;
      padding-inline-start: calc(0.2rem + (var(--_level, 1) - 1) * var(--_indent));
      padding-inline-end: 0.3rem;
    }
    .toggle {
      width: 0.8rem;
    }
    .code {
      min-width: 0;
    }
    .corner {
      padding-inline: 0.4rem;
    }
  }
  .title {
    overflow: hidden;
    text-overflow: ellipsis;
    min-width: 0;
  }
  .row.track .title {
    color: var(--plan-muted-color);
  }
  .row.track .title::before {
    content: '└ ';
  }
  .badge {
    flex: none;
    font-size: 0.85em;
    font-size: round(0.85em, 1px);
    padding: 0 0.4em;
    border-radius: 999px;
    border: 1px solid var(--plan-border-color);
    color: var(--plan-muted-color);
    font-weight: 400;
  }
  .role-mark {
    flex: none;
    font-size: 0.9em;
    font-size: round(0.9em, 1px);
    color: var(--plan-muted-color);
  }

  /* Bars: boxes placed by the chart (see rowChart), a bar's words inside it. */
  .bar,
  .milestone::before,
  .arrow {
    background: var(--_c, var(--plan-bar-color));
  }
  .bar,
  .milestone {
    cursor: pointer;
  }
  .c0 {
    --_c: var(--plan-dept-color-0);
  }
  .c1 {
    --_c: var(--plan-dept-color-1);
  }
  .c2 {
    --_c: var(--plan-dept-color-2);
  }
  .c3 {
    --_c: var(--plan-dept-color-3);
  }
  .c4 {
    --_c: var(--plan-dept-color-4);
  }
  .c5 {
    --_c: var(--plan-dept-color-5);
  }
  .c6 {
    --_c: var(--plan-dept-color-6);
  }
  .c7 {
    --_c: var(--plan-dept-color-7);
  }
  /* A bar's words are in it, ended with … where they overflow. */
  .bar {
    border-radius: 3px;
    color: var(--plan-bar-text-color);
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /*
   * Open ends fade out (or in) to the background, approximate spans have soft edges: masks of the bar's own box,
   * as CSS gradients. The words lie over the solid part.
   */
  .bar.fade-out {
    mask-image: linear-gradient(90deg, #000 45%, rgb(0 0 0 / 0.05));
  }
  .bar.fade-in {
    mask-image: linear-gradient(90deg, rgb(0 0 0 / 0.05), #000 55%);
  }
  .bar.fade-both {
    mask-image: linear-gradient(90deg, rgb(0 0 0 / 0.05), #000 30%, #000 70%, rgb(0 0 0 / 0.05));
  }
  .bar.soft {
    mask-image: linear-gradient(90deg, rgb(0 0 0 / 0.2), #000 5%, #000 95%, rgb(0 0 0 / 0.15));
  }
  /* The arrow of an open end: over the bar's faded end, not masked with it; clicks go through to the bar. */
  .arrow {
    width: 8px;
    height: 10px;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
    pointer-events: none;
  }
  .bar.join {
    background: color-mix(in srgb, var(--_c) 12%, var(--plan-background));
    border: 1.5px dashed var(--_c);
    color: var(--plan-text-color);
  }
  /* A diamond, drawn inside the milestone's box; joined milestones are hollow. */
  .milestone::before,
  .milestone.join::after {
    content: '';
    position: absolute;
    inset: 0;
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .milestone.join::after {
    inset: 3px;
    background: var(--plan-background);
  }
  .milestone-label {
    color: var(--plan-text-color);
    pointer-events: none;
  }
  .bar.selected {
    box-shadow: inset 0 0 0 2px var(--plan-text-color);
  }
  .milestone.selected {
    outline: 2px solid var(--plan-text-color);
    outline-offset: 1px;
  }
  .bar:focus,
  .milestone:focus {
    outline: none;
  }
  /* Inside the box: a mask would cut a ring drawn outside it. */
  .bar:focus-visible {
    box-shadow: inset 0 0 0 3px var(--plan-focus-color);
  }
  .milestone:focus-visible {
    outline: 3px solid var(--plan-focus-color);
    outline-offset: 1px;
  }
  .summary {
    height: 7px;
    border: 2px solid var(--plan-muted-color);
    border-bottom: 0;
  }
  .band-label {
    position: absolute;
    top: 0;
    color: var(--plan-band-text-color);
  }
  /* Drawn just before the bands, where they begin in view: it ends where it is placed. */
  .band-label.before {
    transform: translateX(-100%);
  }
  .undated {
    left: 4px;
    right: 4px;
    color: var(--plan-muted-color);
    font-style: italic;
  }
  .undated::before {
    content: '';
    position: absolute;
    left: 0;
    right: 0;
    top: 50%;
    border-top: 1px dashed var(--plan-muted-color);
  }
  .undated > span {
    position: relative;
    margin-left: 6px;
    padding: 0 4px;
    background: var(--plan-background);
  }
  /* In forced colours backgrounds give way to the system's: bars keep an outline, diamonds and bands their colours. */
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .milestone::before,
    .arrow,
    .band {
      forced-color-adjust: none;
    }
    .bar.selected,
    .bar:focus-visible {
      outline: 2px solid Highlight;
    }
  }

  /* Tooltip */
  .tooltip {
    position: absolute;
    z-index: 5;
    max-width: 26rem;
    padding: 0.5rem 0.65rem;
    border-radius: 6px;
    border: 1px solid var(--plan-border-color);
    background: var(--plan-background);
    color: var(--plan-text-color);
    box-shadow: 0 6px 20px rgba(0, 0, 0, 0.18);
    pointer-events: none;
    font-size: 12px;
  }
  .tooltip strong {
    display: block;
    font-size: 13px;
    margin-bottom: 0.15rem;
  }
  .tooltip .muted {
    color: var(--plan-muted-color);
  }

  /*
   * Plan text set inline among the element's own words (a title, a track, a label beside its dates) is isolated:
   * a direction control in it (U+202E) turns its own words at most, never the words around it.
   */
  .title,
  .details span,
  .table-wrap span,
  .tooltip span,
  [lang] {
    unicode-bidi: isolate;
  }

  /* Details */
  .details {
    flex: none;
    width: min(26rem, 45%);
    border-left: 1px solid var(--plan-border-color);
    background: var(--plan-background);
    overflow-y: auto;
    padding: 0.75rem 1rem 1.25rem;
  }
  /* A narrow element (a phone): the details go under the chart, which keeps its whole width. */
  @container plan-stage (max-width: 40rem) {
    .main {
      flex-direction: column;
    }
    .details {
      width: auto;
      max-height: 45%;
      border-left: none;
      border-top: 1px solid var(--plan-border-color);
    }
  }
  .details header {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .details h2 {
    font-size: 1.1em;
    margin: 0;
    flex: 1;
  }
  .details h3 {
    font-size: 0.92em;
    color: var(--plan-muted-color);
    margin: 1rem 0 0.3rem;
  }
  .details p,
  .details ul {
    margin: 0;
  }
  .details .prose {
    white-space: pre-line;
  }
  .details ul {
    padding-inline-start: 1.2rem;
  }
  .details .source {
    white-space: pre-wrap;
    background: var(--plan-surface);
    border: 1px solid var(--plan-border-color);
    border-radius: 6px;
    padding: 0.5rem 0.6rem;
    font-size: 0.95em;
  }
  .details mark {
    background: var(--plan-mark-color);
    color: inherit;
    border-radius: 2px;
  }
  .details .span-list li.selected {
    font-weight: 600;
  }
  .details .track-name {
    font-weight: 600;
    list-style: none;
    margin-inline-start: -1.2rem;
    margin-top: 0.3rem;
  }
  .details .meta {
    color: var(--plan-muted-color);
  }

  /* States */
  .state {
    flex: 1;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 2rem;
    text-align: center;
    color: var(--plan-muted-color);
  }
  .state.error {
    color: var(--plan-text-color);
  }
  .state .message {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    max-width: 40rem;
    border: 1px solid var(--plan-today-color);
    border-left-width: 4px;
    border-radius: 6px;
    padding: 0.85rem 1rem;
    text-align: start;
    overflow-wrap: anywhere;
    background: color-mix(in srgb, var(--plan-today-color) 6%, var(--plan-background));
  }
  .state .message::before {
    content: '!';
    flex: none;
    width: 1.4rem;
    height: 1.4rem;
    border-radius: 50%;
    background: var(--plan-today-color);
    color: var(--plan-background);
    font-weight: 700;
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  .spinner {
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-inline-end: 0.5rem;
    border: 2px solid var(--plan-border-color);
    border-top-color: var(--plan-focus-color);
    border-radius: 50%;
    vertical-align: -0.15rem;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* Table view */
  .table-wrap {
    flex: 1;
    min-height: 0;
    overflow: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    padding: 0.5rem 0.75rem;
    color: var(--plan-muted-color);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.35rem 0.6rem;
    border-bottom: 1px solid var(--plan-grid-color);
  }
  thead th {
    position: sticky;
    top: 0;
    white-space: nowrap;
    background: var(--plan-surface);
    border-bottom: 1px solid var(--plan-border-color);
  }
  td ul {
    margin: 0;
    padding-inline-start: 1rem;
  }
  /* A long table shows a window of its rows: its columns keep their widths whichever rows are rendered. */
  table.windowed {
    table-layout: fixed;
    /* On a phone the region scrolls sideways rather than squeeze the schedule column to a few characters. */
    min-width: 44rem;
  }
  table.windowed :is(td, th) {
    overflow-wrap: anywhere;
  }
  .col-no {
    width: 4.5rem;
  }
  .col-code {
    width: 5.5rem;
  }
  .col-title {
    width: 22%;
  }
  .col-departments {
    width: 18%;
  }
  /* The room of a long table's rows that are not rendered. */
  .spacer td {
    padding: 0;
    border: 0;
  }

  /*
   * On paper: the element as tall as its rows, every one of them drawn (see PrintController) one below the
   * other, none cut by a page break; in its colours; without the controls that only work on screen.
   */
  @media print {
    :host {
      height: auto !important;
      max-height: none !important;
      overflow: visible !important;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .root {
      height: auto;
    }
    .toolbar > :not(.title),
    .stage > .reading,
    .tooltip {
      display: none !important;
    }
    /* The frame as a one-column table whose header, the corner and the axis, the browser repeats on every page. */
    .frame {
      display: table;
      width: 100%;
      table-layout: fixed;
    }
    /* Repeated only when it cannot break; its axis is then drawn without transforms (see drawAxis). */
    .head {
      display: table-header-group;
      break-inside: avoid;
      break-after: avoid;
    }
    .body {
      display: table-row-group;
    }
    .scroller {
      position: static;
      overflow: visible;
    }
    .grid {
      height: auto !important;
    }
    .row {
      position: relative;
      transform: none !important;
      break-inside: avoid;
    }
    .row:hover :is(.cell-label, .cell-chart) {
      background-color: transparent;
    }
    .table-wrap {
      overflow: visible;
    }
    tr {
      break-inside: avoid;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
