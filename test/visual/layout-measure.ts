// What the presenter layout check measures on one screen, in the page itself:
// page overflow, visible text clipped by an ancestor (overflow other than visible)
// or by the viewport, the smallest font of visible text against the projector's
// floor, and axe's serious or critical findings. Shared by `npm run check:layout`
// and test/e2e/presenter-layout.e2e.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const PRESENTER_SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1920, height: 1200 },
] as const;

/** The sizes `--locale` checks by default (#19): the projector and a 720p one, where long words wrap first. */
export const LOCALE_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

/** Body text floor: 28 px at 1920 wide, scaled with the width, never below 20 px. */
export const floorFor = (size: { width: number }) => Math.max(20, Math.round((28 * size.width) / 1920));

/**
 * Exempt from the floor (reported, not counted): the full-screen button (a control that
 * disappears in full screen), the footer's join panel (address and QR caption, read up close),
 * and anything marked as a caption.
 */
const FLOOR_EXEMPT = '.present-fullscreen, .cg-join, figcaption, [data-layout-caption]';

export interface ScreenReport {
  overflow: string | null;
  /** Expected items (cards, signals, actions) that never showed whole on any page. */
  missing?: string[];
  clipped: string[];
  minFont: number;
  belowFloor: string[];
  axe: string[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function measureScreen(page: Page, floor: number, withAxe = true): Promise<ScreenReport> {
  // tsx/esbuild keep function names with a __name helper the page does not have.
  await page.evaluate('window.__name ??= (f) => f');
  const found = await page.evaluate(
    ({ floor, exempt }) => {
      const W = innerWidth;
      const H = innerHeight;
      const de = document.documentElement;
      const overflow = de.scrollWidth > W + 1 || de.scrollHeight > H + 1 ? `page ${de.scrollWidth}×${de.scrollHeight} > ${W}×${H}` : null;
      const label = (el: Element) => {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
        return `${el.tagName.toLowerCase()}${cls}`;
      };
      const clippers = (el: Element): Element[] => {
        const out: Element[] = [];
        for (let a = el.parentElement; a && a !== de; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX !== 'visible' || s.overflowY !== 'visible') out.push(a);
        }
        return out;
      };
      const hiddenForScreenReaderOnly = (el: Element) => {
        for (let a: Element | null = el; a && a !== de; a = a.parentElement) {
          const r = a.getBoundingClientRect();
          const s = getComputedStyle(a);
          if ((r.width <= 2 || r.height <= 2) && (s.overflow !== 'visible' || s.clip !== 'auto' || s.clipPath !== 'none')) return true;
        }
        return false;
      };
      const clipped: string[] = [];
      const belowFloor: string[] = [];
      let minFont = Infinity;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim();
        const el = n.parentElement;
        if (!text || !el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        if (el.closest('script, style, noscript, title')) continue;
        if (hiddenForScreenReaderOnly(el)) continue;
        range.selectNodeContents(n);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
        if (!rects.length) continue;
        // A skip link waits off-screen until focused: not visible text.
        const offScreen = rects.every((r) => r.bottom <= 0 || r.right <= 0 || r.top >= H || r.left >= W);
        if (offScreen && ['absolute', 'fixed'].includes(getComputedStyle(el.closest('a, div, p, span') ?? el).position)) continue;
        const snippet = text.length > 40 ? `${text.slice(0, 40)}…` : text;
        let cut: string | null = null;
        const pagedViewport = el.closest('[data-paged-viewport]')?.getBoundingClientRect();
        // A line of text on this page and the rest on the next: a heading or card cut between pages.
        if (pagedViewport) {
          const flow = el.closest('.cgv-paged-flow');
          const step = pagedViewport.width + (flow ? parseFloat(getComputedStyle(flow).columnGap) || 0 : 0);
          const pageOf = (r: DOMRect) => Math.floor((r.left - pagedViewport.left + 1) / step);
          if (new Set(rects.map(pageOf)).size > 1) {
            clipped.push(`"${text.length > 40 ? `${text.slice(0, 40)}…` : text}" split between pages`);
            continue;
          }
        }
        for (const r of rects) {
          // A line on another page of paged content sits beside the screen, not cut (the screen says "Page 1 of 3").
          if (pagedViewport && (r.left >= pagedViewport.right - 1 || r.right <= pagedViewport.left + 1)) continue;
          if (r.right > W + 1 || r.bottom > H + 1 || r.left < -1 || r.top < -1) cut = 'the viewport';
          for (const a of clippers(el)) {
            const b = a.getBoundingClientRect();
            const left = b.left + a.clientLeft;
            const top = b.top + a.clientTop;
            const right = left + a.clientWidth;
            // Paged content: a whole line on another page is not cut (the screen says "Page 1 of 3").
            if (a.hasAttribute('data-paged-viewport') && (r.left >= right - 1 || r.right <= left + 1)) continue;
            if (r.left < left - 1 || r.top < top - 1 || r.right > right + 1 || r.bottom > top + a.clientHeight + 1) cut ??= label(a);
          }
          if (cut) break;
        }
        // An ellipsis cuts text within its own box.
        if (!cut && getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) cut = `${label(el)} (ellipsis)`;
        if (cut) clipped.push(`"${snippet}" cut by ${cut}`);
        const size = parseFloat(getComputedStyle(el).fontSize);
        const inView = rects.some((r) => r.bottom > 0 && r.top < H && r.right > 0 && r.left < W);
        if (!inView || el.closest(exempt)) continue;
        minFont = Math.min(minFont, size);
        if (size < floor - 0.5) belowFloor.push(`${Math.round(size * 10) / 10}px "${snippet}" (${label(el)})`);
      }
      return { overflow, clipped, minFont: Number.isFinite(minFont) ? Math.round(minFont * 10) / 10 : 0, belowFloor };
    },
    { floor, exempt: FLOOR_EXEMPT },
  );
  let axe: string[] = [];
  if (withAxe) {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    axe = await page.evaluate(async () => {
      const w = window as unknown as {
        axe: { run(d: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      };
      const r = await w.axe.run(document, { resultTypes: ['violations'] });
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 2)
              .join(' | ')}`,
        );
    });
  }
  return { ...found, axe };
}

/** One line for a failing screen, or null when it passes. */
export function describeFailure(name: string, r: ScreenReport, floor: number): string | null {
  const parts: string[] = [];
  if (r.overflow) parts.push(`overflow ${r.overflow}`);
  if (r.clipped.length) parts.push(`clipped ${r.clipped.length}: ${r.clipped.slice(0, 2).join('; ')}`);
  if (r.missing?.length)
    parts.push(
      `missing ${r.missing.length}: ${r.missing
        .slice(0, 2)
        .map((t) => `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`)
        .join('; ')}`,
    );
  if (r.belowFloor.length) parts.push(`min font ${r.minFont}px < ${floor}px (${r.belowFloor.length}: ${r.belowFloor.slice(0, 2).join('; ')})`);
  if (r.axe.length) parts.push(`axe ${r.axe.join('; ')}`);
  return parts.length ? `✗ ${name}: ${parts.join(' · ')}` : null;
}

/** The text a person in the room can read now: whole text nodes inside the viewport and every box that clips them, in page order, without whitespace. */
export async function visibleText(page: Page): Promise<string> {
  await page.evaluate('window.__name ??= (f) => f');
  return page.evaluate(() => {
    const W = innerWidth;
    const H = innerHeight;
    const de = document.documentElement;
    const boxes = (el: Element) => {
      const out: { left: number; top: number; right: number; bottom: number }[] = [{ left: 0, top: 0, right: W, bottom: H }];
      for (let a = el.parentElement; a && a !== de; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = a.getBoundingClientRect();
        const left = b.left + a.clientLeft;
        const top = b.top + a.clientTop;
        out.push({ left, top, right: left + a.clientWidth, bottom: top + a.clientHeight });
      }
      return out;
    };
    let text = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = (n.textContent ?? '').replace(/\s+/g, '');
      const el = n.parentElement;
      if (!t || !el || el.closest('script, style, noscript, title')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      range.selectNodeContents(n);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      const within = boxes(el);
      if (
        rects.length &&
        rects.every((r) => within.every((b) => r.left >= b.left - 1 && r.top >= b.top - 1 && r.right <= b.right + 1 && r.bottom <= b.bottom + 1))
      )
        text += t;
    }
    return text;
  });
}

/** The pages of the screen's paged lists: the furthest any list is from its last page. */
const pagesLeft = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('.cgv-paged[data-pages]')].map((el) => Number(el.getAttribute('data-pages')) - Number(el.getAttribute('data-page'))),
    ),
  );

/**
 * Steps through every page (PageDown, as the facilitator's clicker does) and returns the
 * expected items that never showed whole inside the screen. Leaves the screen on its last page.
 * With `onPage`, visits every page even when nothing is expected (1 for the first page).
 */
export async function findMissing(page: Page, expected: readonly string[], onPage?: (n: number) => Promise<void>): Promise<string[]> {
  const squash = (t: string) => t.replace(/\s+/g, '');
  const want = new Map(expected.map((t) => [squash(t), t]));
  for (let step = 0; step < 40 && (want.size || onPage); step++) {
    await onPage?.(step + 1);
    const seen = await visibleText(page);
    for (const key of [...want.keys()]) if (seen.includes(key)) want.delete(key);
    if ((await pagesLeft(page)) === 0) break;
    const before = await page.evaluate(() => [...document.querySelectorAll('.cgv-paged[data-page]')].map((el) => el.getAttribute('data-page')).join());
    await page.keyboard.press('PageDown');
    const moved = await page
      .waitForFunction((b) => [...document.querySelectorAll('.cgv-paged[data-page]')].map((el) => el.getAttribute('data-page')).join() !== b, before, {
        timeout: 2000,
      })
      .then(() => true)
      .catch(() => false);
    if (!moved) break;
    await page.waitForTimeout(50);
  }
  return [...want.values()];
}
