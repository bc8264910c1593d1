// The facilitator's console and the presenter view in headless Chromium, for
// bench:votes --with-screens. The presenter page records, with a MutationObserver,
// when its "n of N responded" count changes: [Date.now(), count]. Date.now() in the
// page and in Node read the same system clock, so they compare directly (to 1 ms);
// performance.timeOrigin differs between processes.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, SCREEN } from '../helpers/browser';

export const RENDERER_DIR = join(import.meta.dirname, '../../out/renderer');

/** The built facilitator app (npm run build); the bench serves whatever build is there and says how old it is. */
export function rendererBuild(): { dir: string; builtAt: Date } {
  const index = join(RENDERER_DIR, 'index.html');
  if (!existsSync(index)) throw new Error('bench:votes --with-screens needs the built app: run `npm run build` first.');
  return { dir: RENDERER_DIR, builtAt: statSync(index).mtime };
}

const OBSERVE_RESPONDED = `(() => {
  const seen = [];
  window.__respondedSeen = seen;
  let last = -1;
  const read = () => {
    const text = document.querySelector('[data-testid="responded"] strong')?.textContent ?? '';
    const n = Number(text.replace(/\\D/g, ''));
    if (text && n !== last) {
      last = n;
      seen.push([Date.now(), n]);
    }
  };
  read();
  new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

async function watchResponded(page: Page) {
  await page.getByTestId('responded').waitFor({ timeout: 30_000 });
  // A string, not a function: tsx's name helpers do not exist in the page.
  await page.evaluate(OBSERVE_RESPONDED);
}

export interface Screens {
  /** Every change of the presenter's respondent count: [Date.now(), count]. */
  presenterSeen(): Promise<[number, number][]>;
  close(): Promise<void>;
}

export async function openScreens(origin: string, token: string, workshopId: string): Promise<Screens> {
  const browser: Browser = await launchBrowser();
  const context = await browser.newContext({ viewport: SCREEN.desktop });
  const open = async (hash: string) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[screens] ${hash}: ${String(e)}`));
    await page.goto(`${origin}/?token=${token}`); // sets the cookie and drops the token from the address
    await page.goto(`${origin}/#${hash}`);
    return page;
  };
  await open(`/run/${workshopId}`);
  const presenter = await open(`/present/${workshopId}`);
  await watchResponded(presenter);
  return {
    presenterSeen: () => presenter.evaluate('window.__respondedSeen ?? []') as Promise<[number, number][]>,
    close: () => browser.close(),
  };
}

/**
 * From each vote's commit to the projector's count including it: the first count
 * change that reaches the number of respondents stored once that vote's batch
 * committed (the count only grows in this bench). Only a person's first vote
 * changes the count, so these are N samples.
 */
export function presenterLatencies(firstVotes: readonly { wallEnd: number; respondents: number }[], seen: [number, number][]): number[] {
  return firstVotes.map((c) => {
    const shown = seen.find(([, n]) => n >= c.respondents);
    return shown ? shown[0] - c.wallEnd : Infinity;
  });
}
