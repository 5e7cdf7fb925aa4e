// The built demo (packages/demo/dist), served on a free port with a strict CSP and driven in
// real Chromium. `pnpm test` builds it first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { launchChromium, openPage } from './browser.mjs';
import { serveStatic } from './static-server.mjs';
import { rowLabels, waitForReady, waitForRowsToChange } from './timeline-harness.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {{ url: string, close: () => Promise<void> }} */
let server;

before(async () => {
  assert.ok(
    existsSync(`${dist}index.html`),
    'packages/demo/dist is missing: run `pnpm build` (or `pnpm test`) first',
  );
  server = await serveStatic(dist);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the demo at `query`, waits for the seed, and returns the page and its problem log. */
async function openDemo(query = '', options = {}) {
  const opened = await openPage(browser, options);
  await opened.page.goto(`${server.url}index.html${query}`);
  await waitForReady(opened.page);
  return opened;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The page's accessibility problems as axe-core finds them (WCAG rules and best practices, open shadow roots
 * included), one line each: rule, impact and the first elements it names.
 */
async function axeViolations(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' > '))
          .join(', ')}`,
    );
  });
}

/** Reads the demo's state as the page holds it. */
const demoState = (page) => page.evaluate(() => window.planDemo.state);

describe('the demo page', () => {
  it('opens on the seed plan, grouped by item, with no console error or CSP violation', async () => {
    const { page, problems, close } = await openDemo();
    assert.equal(await page.locator('plan-timeline').count(), 1);
    assert.equal(await page.locator('#plan-title').textContent(), '多賀城市役所経営プラン 取組項目一覧');
    assert.equal(await page.evaluate(() => window.planDemo.plan.items.length), 54);
    assert.equal(await page.locator('plan-timeline').getAttribute('group-by'), 'item');
    const labels = await rowLabels(page);
    assert.ok(
      labels.some((label) => label.includes('収支均衡した予算編成')),
      `no row for No.2 in ${labels.slice(0, 5)}`,
    );
    assert.deepEqual(problems, []);
    await close();
  });

  it('changes the rows when the grouping changes', async () => {
    const { page, close } = await openDemo();
    const byItem = await rowLabels(page);
    await page.selectOption('#group-by', 'department');
    const byDepartment = await waitForRowsToChange(page, byItem);
    assert.notDeepEqual(byDepartment, byItem);
    assert.ok(
      byDepartment.some((label) => label.includes('財政')),
      'no 財政 group',
    );
    assert.match(page.url(), /[?&]group=department/);
    await close();
  });

  it('replaces the plan with a Shift_JIS CSV chosen in the file input', async () => {
    const { page, close } = await openDemo();
    const csv = [
      '通し番号,コード,項目,取組内容,目標,スケジュール,主務課',
      'No.1,1,窓口のキャッシュレス化,"手数料の支払いを',
      '電子マネーでも受け付けます。",全窓口で導入,2024(R6)年度：検討 2025(R7)年度～：導入,◎会計',
      'No.2,2,公用車のEV化,公用車を順次更新します。,更新率50%,2023(R5)年度～2030(R12)年度：順次更新,◎管財 ○所管課',
    ].join('\r\n');
    await page.setInputFiles('#file-input', {
      name: 'excel-export.csv',
      mimeType: 'text/csv',
      buffer: iconv.encode(csv, 'Shift_JIS'),
    });
    await page.waitForFunction(() => window.planDemo.plan.items.length === 2);
    const titles = await page.evaluate(() => window.planDemo.plan.items.map((item) => item.title));
    assert.deepEqual(titles, ['窓口のキャッシュレス化', '公用車のEV化']);
    await page.waitForFunction(() => document.querySelector('plan-timeline').plan?.items.length === 2);
    const labels = await rowLabels(page);
    assert.ok(
      labels.some((label) => label.includes('公用車のEV化')),
      `rows: ${labels}`,
    );
    assert.ok(!labels.some((label) => label.includes('収支均衡した予算編成')), 'the seed is still shown');
    assert.match(await page.locator('#status').textContent(), /excel-export\.csv/);
    const title = await page.evaluate(() => window.planDemo.plan.title);
    assert.equal(await page.locator('#plan-title').textContent(), title || 'excel-export.csv');
    await close();
  });

  it('says why, in the timeline and the status, when the file chosen is an Excel workbook, not its CSV', async () => {
    const { page, problems, close } = await openDemo();
    const zip = [0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0, ...new Array(18).fill(0)];
    await page.setInputFiles('#file-input', {
      name: '経営プラン.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.concat([Buffer.from(zip), Buffer.from('xl/workbook.xml')]),
    });
    await page.waitForFunction(() => /経営プラン\.xlsx/.test(document.querySelector('#status').textContent));
    assert.match(
      await page.locator('#status').textContent(),
      /「経営プラン\.xlsx」を読み込めませんでした: このファイルはExcel のブック（\.xlsx）で、テキストではありません。/,
    );
    await page.waitForFunction(() => document.querySelector('plan-timeline').state === 'error');
    assert.match(
      await page.locator('plan-timeline').locator('[part="error"]').textContent(),
      /テキストではありません/,
    );
    assert.equal(await page.locator('#diagnostics-list li.severity-error').count(), 1);
    assert.deepEqual(problems, []);
    await close();
  });

  it('reads a plan pasted into the paste box, and goes back to the sample', async () => {
    const { page, close } = await openDemo();
    const tsv = [
      'no\tcode\ttitle\tcontent\tgoal\tschedule\tdepartments',
      '7\t3\tLibrary hours\tLonger hours\t-\t2022(R4)年度～：試行\t◎生学',
    ].join('\n');
    await page.click('.paste > summary');
    await page.fill('#paste-text', tsv);
    await page.click('#paste-apply');
    await page.waitForFunction(() => window.planDemo.plan.items.length === 1);
    assert.deepEqual(
      await page.evaluate(() => window.planDemo.plan.items.map((item) => [item.serial, item.title])),
      [[7, 'Library hours']],
    );
    await page.click('#load-seed');
    await page.waitForFunction(() => window.planDemo.plan.items.length === 54);
    await close();
  });

  it("reads an annual plan's months again for the fiscal year typed in, and files chosen after it", async () => {
    const { page, problems, close } = await openDemo();
    const firstSpan = () =>
      page.evaluate(() => window.planDemo.plan.items.map((item) => item.schedule.spans[0]?.start ?? null));
    const csv =
      '通し番号,項目,スケジュール,主務課\n1,市民意識調査,4月～6月：調査,◎企画\n2,結果の公表,来年度：公表,◎企画\n';
    await page.click('.paste > summary');
    await page.fill('#paste-text', csv);
    await page.click('#paste-apply');
    await page.waitForFunction(() => window.planDemo.plan.items.length === 2);
    // No year is written: the months and 来年度 stay text, and the notes that say so lead to the plan's year.
    assert.deepEqual(await firstSpan(), [null, null]);
    const yearNotes = page.locator('#diagnostics-list li[data-code="yearless-month"]');
    assert.equal(await yearNotes.count(), 1);
    assert.match(await yearNotes.textContent(), /「4月」には年がなく/);
    assert.equal(await page.locator('#diagnostics-list li[data-code="uncounted-year"]').count(), 1);
    await yearNotes.getByRole('button', { name: '計画の年度を入力' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'plan-year');
    const field = page.locator('#plan-year');
    await field.fill('令和6年度');
    await field.press('Enter');
    await page.waitForFunction(() => window.planDemo.plan.items[0].schedule.spans.length === 1);
    assert.deepEqual(await firstSpan(), ['2024-04-01', '2025-04-01']);
    assert.match(await page.locator('#status').textContent(), /2024\(R6\)年度の計画として読み直しました/);
    // A value that is no fiscal year is said to be wrong, and the plan stays as it was read.
    await field.fill('来年');
    await field.press('Enter');
    await page.waitForFunction(
      () => document.getElementById('plan-year').getAttribute('aria-invalid') === 'true',
    );
    assert.match(await page.locator('#status').textContent(), /「来年」は年度として読めません/);
    // Beside the field too, as its description, while the value stands.
    assert.match(await page.locator('#plan-year-error').textContent(), /「来年」は年度として読めません/);
    assert.match(await field.getAttribute('aria-describedby'), /^plan-year-error /);
    assert.deepEqual(await firstSpan(), ['2024-04-01', '2025-04-01']);
    // A file chosen while a year is given is read for it.
    await field.fill('2025');
    await field.press('Enter');
    await page.waitForFunction(() => window.planDemo.plan.items[0].schedule.spans[0]?.start === '2025-04-01');
    assert.equal(await field.getAttribute('aria-invalid'), null);
    assert.equal(await page.locator('#plan-year-error').isVisible(), false);
    await page.setInputFiles('#file-input', {
      name: 'annual.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.waitForFunction(
      () => window.planDemo.plan.items[1]?.schedule.spans[0]?.start === '2026-04-01',
    );
    // Cleared, the plan is read with no year again.
    await field.fill('');
    await field.press('Enter');
    await page.waitForFunction(() => window.planDemo.plan.items[0].schedule.spans.length === 0);
    assert.deepEqual(problems, []);
    await close();
  });

  it('loads its own JSON export back as the same plan', async () => {
    const { page, close } = await openDemo();
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="json"]')]);
    const exported = await file.path();
    await page.click('.paste > summary');
    await page.fill('#paste-text', 'not a plan at all');
    await page.click('#paste-apply');
    await page.waitForFunction(() => window.planDemo.plan.items.length === 0);
    assert.ok(
      (await page.locator('#diagnostics-list li.severity-error').count()) > 0,
      'a text with no items is reported as an error',
    );
    await page.setInputFiles('#file-input', exported);
    await page.waitForFunction(() => window.planDemo.plan.items.length === 54);
    assert.equal(await page.evaluate(() => window.planDemo.plan.items[12].serial), 13);
    await close();
  });

  it("lists the seed's No.13 era mismatch and jumps to the item, clearing a search that hides it", async () => {
    const { page, close } = await openDemo('?q=ICT');
    const entry = page.locator('#diagnostics-list li[data-code="era-mismatch"][data-serial="13"]');
    assert.equal(await entry.count(), 1);
    assert.match(await entry.textContent(), /No\.13/);
    await entry.locator('button').click();
    await page.waitForFunction(() => document.querySelector('plan-timeline').selected === 13);
    assert.equal((await demoState(page)).selected, 13);
    assert.equal((await demoState(page)).filter, '');
    assert.equal(await page.inputValue('#filter'), '');
    assert.ok(
      (await rowLabels(page)).some((label) => label.includes('公立保育所再編計画等の推進')),
      'No.13 is not shown',
    );
    assert.match(page.url(), /[?&]sel=13/);
    await close();
  });

  it('round-trips its state through the URL', async () => {
    const query =
      '?group=department&era=japanese&lang=en&q=ICT&dept=%E8%B2%A1%E6%94%BF&theme=dark&from=2021-04-01&to=2022-03-31&sel=38&today=2021-06-15';
    const { page, close } = await openDemo(query);
    const expected = {
      groupBy: 'department',
      era: 'japanese',
      lang: 'en',
      filter: 'ICT',
      departments: ['財政'],
      theme: 'dark',
      layout: 'timeline',
      viewStart: '2021-04-01',
      viewEnd: '2022-03-31',
      selected: 38,
      today: '2021-06-15',
    };
    assert.deepEqual(await demoState(page), expected);
    const shown = await page.evaluate(() => ({
      group: document.querySelector('#group-by').value,
      era: document.querySelector('#era').value,
      lang: document.querySelector('#lang').value,
      theme: document.querySelector('#theme').value,
      filter: document.querySelector('#filter').value,
      ticked: [...document.querySelectorAll('#department-choices input:checked')].map((box) => box.value),
      htmlLang: document.documentElement.lang,
      heading: document.querySelector('#load-heading').textContent,
    }));
    assert.deepEqual(shown, {
      group: 'department',
      era: 'japanese',
      lang: 'en',
      theme: 'dark',
      filter: 'ICT',
      ticked: ['財政'],
      htmlLang: 'en',
      heading: 'Load your plan',
    });
    const attributes = await page.evaluate(() => {
      const el = document.querySelector('plan-timeline');
      return Object.fromEntries(
        ['group-by', 'era', 'lang', 'theme', 'filter', 'departments', 'view-start', 'view-end', 'today'].map(
          (name) => [name, el.getAttribute(name)],
        ),
      );
    });
    assert.deepEqual(attributes, {
      'group-by': 'department',
      era: 'japanese',
      lang: 'en',
      theme: 'dark',
      filter: 'ICT',
      departments: '財政',
      'view-start': '2021-04-01',
      'view-end': '2022-03-31',
      today: '2021-06-15',
    });
    await page.waitForFunction(() => document.querySelector('plan-timeline').selected === 38);

    // Change the view through the controls, then open the link it wrote in a fresh page.
    await page.selectOption('#group-by', 'policy');
    await page.selectOption('#era', 'western');
    await page.fill('#filter', '予算');
    await page.locator('[data-view="this-year"]').click();
    await page.locator('label.segment:has(input[value="table"])').click();
    await page.waitForFunction(() =>
      document.querySelector('plan-timeline').shadowRoot.querySelector('[part~="table"]'),
    );
    const link = page.url();
    const changed = await demoState(page);
    await close();
    const reopened = await openDemo(new URL(link).search);
    assert.deepEqual(await demoState(reopened.page), changed);
    assert.equal(changed.groupBy, 'policy');
    assert.equal(changed.layout, 'table');
    assert.equal(await reopened.page.locator('plan-timeline').getAttribute('view'), 'table');
    assert.equal(changed.filter, '予算');
    assert.deepEqual([changed.viewStart, changed.viewEnd], ['2021-04-01', '2022-03-31']);
    await reopened.close();
  });

  it('drops a selection the plan has no item for from the link', async () => {
    const { page, close } = await openDemo('?group=department&sel=999');
    await page.waitForFunction(() => !/[?&]sel=/.test(location.search));
    assert.equal((await demoState(page)).selected, null);
    assert.match(page.url(), /[?&]group=department/);
    await close();
  });

  it('puts a window zoomed with the wheel into the link', async () => {
    const { page, close } = await openDemo();
    assert.doesNotMatch(page.url(), /[?&]from=/, 'the first fit is not a chosen window');
    // A click on a row selects it and opens the details beside the chart, which narrows it: the window stays,
    // and no window goes into the link.
    const row = page.locator('plan-timeline').locator('[role="row"][aria-level="1"]').nth(2);
    await row.click();
    await page.waitForFunction(() => /[?&]sel=\d+/.test(location.search));
    await page.waitForTimeout(300);
    assert.doesNotMatch(page.url(), /[?&]from=/, 'opening the details chose no window');
    const axis = await page.locator('plan-timeline').evaluate((el) => {
      const box = el.shadowRoot.querySelector('[part~="axis"]').getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.move(axis.x, axis.y);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction(() => /[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/.test(location.search));
    const { viewStart, viewEnd } = await demoState(page);
    assert.ok(viewStart < viewEnd, `${viewStart} … ${viewEnd}`);
    const link = new URL(page.url()).search;
    await close();
    const reopened = await openDemo(link);
    assert.equal(await reopened.page.locator('plan-timeline').getAttribute('view-start'), viewStart);
    assert.equal(await reopened.page.locator('plan-timeline').getAttribute('view-end'), viewEnd);
    await reopened.close();
  });

  it('exports the view as a well-formed SVG and the plan as JSON, CSV and ICS', async () => {
    const { page, close } = await openDemo();
    const download = async (kind) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`[data-export="${kind}"]`),
      ]);
      const chunks = [];
      for await (const chunk of await file.createReadStream()) chunks.push(chunk);
      return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
    };

    const svg = await download('svg');
    assert.equal(svg.name, '多賀城市役所経営プラン_取組項目一覧.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        scripts: doc.querySelectorAll('script, foreignObject').length,
        text: doc.documentElement.textContent,
      };
    }, svg.bytes.toString('utf8'));
    assert.equal(parsed.error, null);
    assert.equal(parsed.root, 'svg');
    assert.equal(parsed.namespace, 'http://www.w3.org/2000/svg');
    assert.equal(parsed.scripts, 0);
    assert.match(parsed.text, /収支均衡した予算編成/);

    const json = JSON.parse((await download('json')).bytes.toString('utf8'));
    assert.equal(json.items.length, 54);

    const csv = await download('csv');
    assert.equal(csv.name, '多賀城市役所経営プラン_取組項目一覧.csv');
    assert.match(csv.bytes.toString('utf8'), /公立保育所再編計画等の推進/);

    const asked = Math.floor(Date.now() / 1000) * 1000;
    const ics = (await download('ics')).bytes.toString('utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /END:VCALENDAR\r\n?$/);
    // Every event is stamped with the time of the download.
    const stamps = [...ics.matchAll(/\r\nDTSTAMP:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z\r\n/g)].map(
      ([, y, mo, d, h, mi, s]) => Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`),
    );
    assert.ok(stamps.length > 40, `${stamps.length} stamped events`);
    assert.equal(new Set(stamps).size, 1);
    assert.ok(stamps[0] >= asked && stamps[0] <= Date.now(), `DTSTAMP ${new Date(stamps[0]).toISOString()}`);

    const png = await download('png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await close();
  });

  it('passes an axe audit in each of its looks: languages, themes, groupings, a selection, the table, a phone', async () => {
    const looks = [
      ['', {}],
      ['?group=department&lang=en&theme=dark&era=japanese&sel=38', {}],
      ['?layout=table&group=policy&q=%E4%BA%88%E7%AE%97', {}],
      ['?sel=13', { viewport: { width: 360, height: 740 } }],
    ];
    for (const [query, options] of looks) {
      const { page, close } = await openDemo(query, options);
      const selected = new URLSearchParams(query).get('sel');
      if (selected) {
        await page.waitForFunction(
          (serial) => document.querySelector('plan-timeline').selected === serial,
          Number(selected),
        );
      }
      assert.deepEqual(await axeViolations(page), [], `the demo at ${query || '/'}`);
      await close();
    }
  });

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const { page, close } = await openDemo('', { viewport: { width: 360, height: 740 } });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      timeline: document.querySelector('plan-timeline').getBoundingClientRect().width,
    }));
    assert.ok(widths.page <= 360, `the page is ${widths.page} px wide`);
    assert.ok(widths.timeline > 300, `the timeline is only ${widths.timeline} px wide`);
    await close();
  });
});

describe('embed.html', () => {
  it('prints every row of the plan, from the browser, and shows the rows in view again after', async () => {
    const { page, problems, close } = await openPage(browser);
    // Listening before the element does: what the element had drawn when the page was printed.
    await page.addInitScript(() => {
      window.addEventListener('afterprint', () => {
        const root = document.querySelector('plan-timeline').shadowRoot;
        window.printedRows = {
          drawn: root.querySelectorAll('[role="row"]').length,
          count: Number(root.querySelector('[role="treegrid"]').getAttribute('aria-rowcount')),
        };
      });
    });
    await page.goto(`${server.url}embed.html`);
    await waitForReady(page);
    const onScreen = (await rowLabels(page)).length;
    const pdf = await page.pdf({ format: 'A4' });
    const printed = await page.evaluate(() => window.printedRows);
    assert.ok(printed.count > onScreen, `${printed.count} rows, ${onScreen} on screen`);
    assert.equal(printed.drawn, printed.count);
    // Grouped by department the plan runs to well over a page; the element on screen is 640 px tall.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    assert.ok(pages.length >= 2, `${pages.length} page(s)`);
    // Printed, it draws the rows in and near view again.
    await page.waitForFunction(
      (count) =>
        document.querySelector('plan-timeline').shadowRoot.querySelectorAll('[role="row"]').length < count,
      printed.count,
    );
    assert.deepEqual(problems, []);
    await close();
  });

  it('says so when the plan readers beside the standalone file cannot be loaded, and reads once they can', async () => {
    const { page, close } = await openPage(browser);
    // Every request for the readers' chunk fails, whatever its query (the element asks again under a new one).
    const readersChunk = (url) => url.pathname.endsWith('/plan-timeline.readers.js');
    await page.route(readersChunk, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${server.url}embed.html`);
    await page.waitForFunction(() => document.querySelector('plan-timeline')?.state === 'error');
    assert.match(
      await page.evaluate(() => document.querySelector('plan-timeline').error),
      /計画を読むためのスクリプトを読み込めませんでした/,
    );
    await page.unroute(readersChunk);
    await page.evaluate(() => {
      document.querySelector('plan-timeline').src = './seeds/000_247872b8d3084b37.txt?again';
    });
    await waitForReady(page);
    assert.equal(await page.evaluate(() => document.querySelector('plan-timeline').plan.items.length), 54);
    await close();
  });

  it('renders the seed plan with only the standalone bundle (one script tag), under a strict CSP', async () => {
    const { page, problems, close } = await openPage(browser);
    const scripts = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.url}embed.html`);
    await waitForReady(page);
    // One script tag; the standalone module brings in the plan readers' chunk beside it by itself.
    assert.deepEqual(await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src'))), [
      './plan-timeline.standalone.js',
    ]);
    assert.deepEqual(scripts, ['/plan-timeline.standalone.js', '/plan-timeline.readers.js']);
    assert.equal(await page.evaluate(() => document.querySelector('plan-timeline').plan.items.length), 54);
    const labels = await rowLabels(page);
    assert.ok(labels.length > 0);
    assert.deepEqual(problems, []);
    await close();
  });
});
