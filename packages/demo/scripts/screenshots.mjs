// Takes screenshots of the built demo in headless Chromium: a laptop (1366×800) and a phone
// (360 px wide), plus embed.html. Usage:
//   node scripts/screenshots.mjs [--out DIR] [--url BASE_URL] [--query '?group=department'] [--readme FILE]
// Without --url it serves packages/demo/dist itself. --readme also writes the laptop shot there
// (docs/demo.png at the repository root is the README's).
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../e2e/browser.mjs';
import { serveStatic } from '../e2e/static-server.mjs';
import { waitForReady } from '../e2e/timeline-harness.mjs';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/plan-timeline-screenshots' },
    url: { type: 'string' },
    query: { type: 'string', default: '' },
    readme: { type: 'string' },
    full: { type: 'boolean', default: false },
  },
});

const server = values.url ? null : await serveStatic(fileURLToPath(new URL('../dist/', import.meta.url)));
const base = values.url ?? server.url;
const out = resolve(values.out);
await mkdir(out, { recursive: true });
const browser = await launchChromium();

async function shoot(name, path, viewport, { fullPage = values.full, wait = true } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`${name}: ${message.text()}`));
  await page.goto(new URL(path, base).href);
  if (wait) await waitForReady(page).catch((error) => console.error(`${name}: ${error.message}`));
  await page.waitForTimeout(400);
  const file = join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  await context.close();
  console.log(file);
  return file;
}

try {
  await shoot('laptop', `index.html${values.query}`, { width: 1366, height: 800 });
  await shoot('laptop-full', `index.html${values.query}`, { width: 1366, height: 800 }, { fullPage: true });
  await shoot('phone', `index.html${values.query}`, { width: 360, height: 740 });
  await shoot('phone-full', `index.html${values.query}`, { width: 360, height: 740 }, { fullPage: true });
  await shoot('embed', 'embed.html', { width: 1366, height: 800 });
  if (values.readme) {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 800 },
      colorScheme: 'light',
    });
    const page = await context.newPage();
    await page.goto(new URL(`index.html${values.query}`, base).href);
    await waitForReady(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(values.readme), type: 'png' });
    await context.close();
    console.log(resolve(values.readme));
  }
} finally {
  await browser.close();
  await server?.close();
}
