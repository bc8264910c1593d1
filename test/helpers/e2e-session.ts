import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser, newTrackedPage, SHOTS_DIR } from './browser';
import { startServe, type ServeProcess } from './serve-process';

/** A browser-mode server plus Chromium, for one test file. */
export async function openSession(dataDir: string, serveArgs: string[] = []) {
  const browser = await launchBrowser();
  let serve = await startServe(dataDir, serveArgs);
  return {
    browser,
    get serve(): ServeProcess {
      return serve;
    },
    async restart(): Promise<ServeProcess> {
      const stopped = await serve.stop('SIGKILL');
      expect(stopped.code).toBeNull(); // killed, not a clean exit: like a crash
      serve = await startServe(dataDir, serveArgs);
      return serve;
    },
    async page(viewport: { width: number; height: number }, options: Parameters<Browser['newContext']>[0] = {}) {
      const context = await browser.newContext({ viewport, ...options });
      const tracked = await newTrackedPage(context);
      await tracked.page.goto(serve.link);
      return { ...tracked, context };
    },
    async close() {
      await browser.close();
      await serve.stop();
    },
  };
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Mouse drag the way dnd-kit's PointerSensor expects: press, nudge past the activation distance, glide, release. */
export async function mouseDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 4; i++) await page.mouse.move(from.x, from.y + i * 3);
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.waitForTimeout(100);
  await page.mouse.up();
}

export async function centre(page: Page, selector: string | ReturnType<Page['locator']>) {
  const loc = typeof selector === 'string' ? page.locator(selector) : selector;
  const box = await loc.boundingBox();
  if (!box) throw new Error(`no box for ${String(selector)}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export type Session = Awaited<ReturnType<typeof openSession>>;
export type { BrowserContext };
