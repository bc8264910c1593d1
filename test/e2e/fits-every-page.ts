import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { describeFailure, floorFor, measureScreen } from '../visual/layout-measure';

// The presenter layout check on every page of one projector screen (moved out of presenter-layout.e2e.ts so the
// trends on the projector are held to the same rule).
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** Nothing cut and no scrolling on any page of the screen; paging to the end brings `last` on screen. */
export async function expectFitsEveryPage(page: Page, size: { width: number; height: number }, name: string, last: string) {
  const floor = floorFor(size);
  const check = async (label: string) => {
    const report = await measureScreen(page, floor, false);
    expect(describeFailure(`${name} ${label} @${size.width}×${size.height}`, { ...report, belowFloor: [], axe: [] }, floor)).toBeNull();
  };
  await check('page 1');
  const paged = page.locator('.cgv-paged');
  const pages = (await paged.count()) ? Number(await paged.getAttribute('data-pages')) : 1;
  for (let k = 2; k <= pages; k++) {
    await page.keyboard.press('PageDown');
    await poll(() => page.locator('.cgv-paged-status').textContent()).toContain(`Page ${k} of ${pages}`);
    await page.waitForFunction(() => {
      const f = document.querySelector('.cgv-paged-flow');
      return !f || f.getAnimations().length === 0;
    });
    await check(`page ${k}`);
  }
  const lastOnScreen = await page
    .getByText(last, { exact: false })
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      const v = (el.closest('.cgv-paged-viewport') ?? document.documentElement).getBoundingClientRect();
      return r.width > 0 && r.left >= v.left - 1 && r.right <= v.right + 1 && r.bottom <= Math.min(v.bottom, innerHeight) + 1;
    });
  expect(lastOnScreen, `${name} @${size.width}×${size.height}: "${last}" on screen after paging to the end`).toBe(true);
}
