// What every visual script shares: the screen sizes, Debian's Chromium, a
// page that collects console errors, and axe's serious or critical findings;
// for the scripts that drive the real app: browser mode on a fresh data folder
// and its API over HTTP.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

export const P1920 = { width: 1920, height: 1080 };
export const P1280 = { width: 1280, height: 720 };
export const PHONE = { width: 390, height: 844 };
export const CONSOLE = { width: 1440, height: 900 };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh page at this size (touch on the phone size), with its console errors collected. */
export async function openPage(browser, viewport) {
  const phone = viewport === PHONE;
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: phone, isMobile: phone });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** axe's serious and critical findings on the page, one line each. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
  });
}

/** Browser mode (scripts/serve.mjs) on a fresh data folder named after `prefix`: its link, origin and process. */
export async function startServe(prefix = 'cg-shots-') {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--no-open', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const link = await new Promise((resolve) =>
    createInterface({ input: child.stdout }).on('line', (l) => l.startsWith('Common Ground is running at ') && resolve(l.slice(28))),
  );
  return { link, origin: new URL(link).origin, child };
}

/** One API operation through the page's browser context; throws with the refusal when it is not ok. */
export function apiOp(page, origin) {
  return async (name, input = {}) => {
    const r = await page.request.post(`${origin}/api/op/${name}`, { data: input, headers: { origin } });
    const body = await r.json();
    if (!body.ok) throw new Error(`${name}: ${JSON.stringify(body.error)}`);
    return body.value;
  };
}
