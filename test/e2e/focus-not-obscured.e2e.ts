import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';
import { seededDay } from './reflow-helpers';

// Focus not obscured (WCAG 2.4.11, issue #15): an element that gets the
// keyboard scrolls clear of the bars that stick to the top or bottom of the
// page. The app bar covered the planner's "Run workshop" link; the lead sort's
// "1 of 26 sorted" bar covered its "Depends on what?" note field.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

/** Is the element under its own centre (not a bar lying over it)? And where is it, against the bar? */
async function uncovered(target: Locator, bar: Locator) {
  return target.evaluate(
    (el, barEl) => {
      const r = el.getBoundingClientRect();
      const b = (barEl as Element).getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return {
        onTop: !!hit && (hit === el || el.contains(hit)),
        top: Math.round(r.top),
        bottom: Math.round(r.bottom),
        barTop: Math.round(b.top),
        barBottom: Math.round(b.bottom),
      };
    },
    await bar.elementHandle(),
  );
}

/** Put focus on the element before `target` in Tab order without scrolling, then press Tab: the way a keyboard user arrives. */
async function tabInto(page: Page, target: Locator) {
  await target.evaluate((el) => {
    const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
      (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
    );
    tabbable[tabbable.indexOf(el as HTMLElement) - 1]!.focus({ preventScroll: true });
  });
  await page.keyboard.press('Tab');
  await poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
}

describe('focus scrolls clear of sticky bars', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('Tab to “Run workshop” with the planner scrolled: the link comes out from under the app bar', async () => {
    const { workshopId } = await seededDay(session.serve);
    for (const size of [SCREEN.laptop, SCREEN.phone]) {
      const { page, errors, context } = await session.page(size);
      await page.goto(`${session.serve.origin}/#/w/${workshopId}`);
      const run = page.getByRole('link', { name: 'Run workshop' });
      await poll(() => run.isVisible()).toBe(true);
      const bar = page.locator('.app-bar');
      // Scroll so the link sits under the bar (its top 10 px below the top of the window).
      await run.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 10));
      const before = await uncovered(run, bar);
      expect(before.onTop, `at ${size.width}: the link starts under the bar (${JSON.stringify(before)})`).toBe(false);
      await tabInto(page, run);
      const after = await uncovered(run, bar);
      expect(after.onTop, `at ${size.width}: the focused link is not under the bar (${JSON.stringify(after)})`).toBe(true);
      expect(after.top, `at ${size.width}: the link's whole box is below the bar`).toBeGreaterThanOrEqual(after.barBottom);
      // Tab to a link in the bar itself does not scroll the page: it is in view already.
      const y = await page.evaluate(() => window.scrollY);
      await tabInto(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Workshops' }));
      expect(await page.evaluate(() => window.scrollY), `at ${size.width}: the page did not scroll`).toBe(y);
      await shot(page, `focus-run-workshop-${size.width}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('the lead sort’s note field, focused near the bottom of a phone, comes out from under the “sorted” bar', async () => {
    const serve = session.serve;
    const { workshopId, detail } = await seededDay(serve);
    const lead = detail.activities.find((a) => a.kind === 'leadsort')!;
    const owen = detail.participants.find((p) => p.name === 'Owen')!;
    await op(serve, 'run:start', { workshopId });
    await op(serve, 'run:goto', { workshopId, activityId: lead.id });
    // Owen has put three signals under "Depends" and one under "Quality lead".
    for (const sig of ['sig1', 'sig2', 'sig3'])
      await op(serve, 'response:submit', { activityId: lead.id, participantId: owen.id, itemKey: sig, value: { column: 'depends' } });
    await op(serve, 'response:submit', { activityId: lead.id, participantId: owen.id, itemKey: 'sig4', value: { column: 'quality' } });

    const { page, errors, context } = await session.page(SCREEN.phone, { hasTouch: true, isMobile: true });
    await page.goto(`${serve.origin}/#/participate/${workshopId}`);
    await page.getByRole('button', { name: 'Owen' }).click();
    await poll(() => page.getByRole('heading', { level: 1, name: lead.title }).isVisible()).toBe(true);
    const bar = page.locator('.cgv-bottom-bar');
    await poll(() => bar.innerText()).toMatch(/4\s+of 26 sorted/);

    // Open the note for the first card under "Depends", then scroll so its field lies under the bar.
    const depends = page.locator('[data-zone-id="depends"]');
    await depends
      .getByRole('button', { name: /^Depends on what\? for/ })
      .first()
      .click();
    const field = depends.getByLabel('Depends on what? (optional)');
    await poll(() => field.isVisible()).toBe(true);
    await field.evaluate(
      (el, barEl) => {
        const r = el.getBoundingClientRect();
        const b = (barEl as Element).getBoundingClientRect();
        window.scrollBy(0, r.top + r.height / 2 - (b.top + b.height / 2));
      },
      await bar.elementHandle(),
    );
    const before = await uncovered(field, bar);
    expect(before.onTop, `the field starts under the bar (${JSON.stringify(before)})`).toBe(false);

    // A keyboard user arrives at the field (Tab from the element before it).
    await tabInto(page, field);
    const afterTab = await uncovered(field, bar);
    expect(afterTab.onTop, `after Tab the field is not under the bar (${JSON.stringify(afterTab)})`).toBe(true);
    expect(afterTab.bottom, 'after Tab the whole field is above the bar').toBeLessThanOrEqual(afterTab.barTop);
    await shot(page, 'focus-note-field-390');
    // Tab on to the bar's own button does not scroll the page: the bar is always in view.
    const y = await page.evaluate(() => window.scrollY);
    await tabInto(page, bar.getByRole('button', { name: 'Sort one at a time' }));
    expect(await page.evaluate(() => window.scrollY), 'the page did not scroll').toBe(y);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps room for the bottom bar that is as tall as the bar, on every in-room activity, on a phone and a small phone', { timeout: 240_000 }, async () => {
    const serve = session.serve;
    const { workshopId, detail } = await seededDay(serve);
    const figures: string[] = [];
    await op(serve, 'run:start', { workshopId });
    for (const size of [SCREEN.phone, { width: 320, height: 640 }]) {
      const { page, errors, context } = await session.page(size, { hasTouch: true, isMobile: true });
      let picked = false;
      for (const a of detail.activities.filter((x) => !['slide', 'break'].includes(x.kind))) {
        await op(serve, 'run:goto', { workshopId, activityId: a.id });
        if (!picked) {
          await page.goto(`${serve.origin}/#/participate/${workshopId}`);
          await page.getByRole('button', { name: /^Dana/ }).first().click();
          picked = true;
        }
        await poll(() => page.getByRole('heading', { level: 1, name: a.title }).isVisible()).toBe(true);
        await poll(() => page.locator('.cgv-bottom-bar').count()).toBe(1);
        const m = await page.evaluate(() => {
          const bar = document.querySelector('.cgv-bottom-bar')!;
          return {
            bar: bar.getBoundingClientRect().height,
            sticky: getComputedStyle(bar).position === 'sticky',
            room: parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) || 0,
          };
        });
        figures.push(`${a.kind}@${size.width}: bar ${Math.round(m.bar)} room ${Math.round(m.room)}${m.sticky ? '' : ' (not sticky)'}`);
        // Soft: every activity and size is measured and reported, not only the first that fails.
        if (!m.sticky) expect.soft(m.room, `${a.kind} at ${size.width}: no room kept for a bar that does not stick`).toBe(0);
        else {
          expect.soft(m.room, `${a.kind} at ${size.width}: the room kept covers the bar`).toBeGreaterThanOrEqual(m.bar);
          // The room is the tallest bar of its kind (a small phone wraps more), so a short bar gets some to spare, within reason.
          expect.soft(m.room - m.bar, `${a.kind} at ${size.width}: and not much more than the bar`).toBeLessThanOrEqual(112);
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    }
    console.info(`bottom bar and the room kept for it (px): ${figures.join('; ')}`);
  });

  it('on a laptop console, Shift+Tab up the board brings each field out from under the pinned title, timer and buttons', { timeout: 240_000 }, async () => {
    const serve = session.serve;
    const { workshopId, detail } = await seededDay(serve);
    await op(serve, 'run:start', { workshopId });
    const kpi = detail.activities.find((a) => a.kind === 'kpisort')!;
    await op(serve, 'run:goto', { workshopId, activityId: kpi.id });
    const { page, errors, context } = await session.page(SCREEN.laptop);
    await page.goto(`${serve.origin}/#/run/${workshopId}`);
    await poll(() => page.locator('#stage-title').innerText()).toBe(kpi.title);
    const pinned = page.locator('.stage-pinned');
    // The owner of the third KPI, scrolled (inside the stage's own scroller) to under the pinned part.
    const field = page.getByLabel('Target for Marketing-qualified leads (MQLs)');
    await field.evaluate(
      (el, pin) => {
        const main = el.closest('.console-main')!;
        main.scrollTop += el.getBoundingClientRect().top - (pin as Element).getBoundingClientRect().top - 40;
      },
      await pinned.elementHandle(),
    );
    const before = await uncovered(field, pinned);
    expect(before.onTop, `the field starts under the pinned part (${JSON.stringify(before)})`).toBe(false);
    const next = page.getByLabel('Unit for Marketing-qualified leads (MQLs)');
    await next.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.press('Shift+Tab');
    await poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    const after = await uncovered(field, pinned);
    expect(after.onTop, `after Shift+Tab the field is not under the pinned part (${JSON.stringify(after)})`).toBe(true);
    expect(after.top, 'its whole box is below the pinned part').toBeGreaterThanOrEqual(after.barBottom);
    await shot(page, 'focus-console-board-1280');
    // Tab to a pinned button does not scroll the stage: it is in view already, above the room kept.
    const scrolled = () => page.evaluate(() => document.querySelector('.console-main')!.scrollTop);
    const at = await scrolled();
    await tabInto(page, page.getByRole('button', { name: 'Lock answers' }));
    expect(await scrolled(), 'the stage did not scroll').toBe(at);

    // The room kept at the top of the stage's scroller covers the pinned part, for every activity, on common laptop and desktop screens.
    const figures: string[] = [];
    for (const size of [SCREEN.laptop, { width: 1366, height: 768 }, { width: 1440, height: 900 }, SCREEN.desktop]) {
      await page.setViewportSize(size);
      for (const a of detail.activities) {
        await op(serve, 'run:goto', { workshopId, activityId: a.id });
        await poll(() => page.locator('#stage-title').innerText()).toBe(a.title);
        const m = await page.evaluate(() => {
          const pin = document.querySelector('.stage-pinned')!;
          const main = document.querySelector('.console-main')!;
          return {
            pinned: pin.getBoundingClientRect().height,
            sticky: getComputedStyle(pin).position === 'sticky',
            room: parseFloat(getComputedStyle(main).scrollPaddingTop) || 0,
          };
        });
        figures.push(`${a.kind}@${size.width}: pinned ${Math.round(m.pinned)} room ${Math.round(m.room)}`);
        expect.soft(m.sticky, `${a.kind} at ${size.width}x${size.height}: pinned`).toBe(true);
        expect.soft(m.room, `${a.kind} at ${size.width}x${size.height}: the room kept covers the pinned part`).toBeGreaterThanOrEqual(m.pinned);
        expect.soft(m.room - m.pinned, `${a.kind} at ${size.width}x${size.height}: and not much more`).toBeLessThanOrEqual(192);
      }
    }
    console.info(`the console's pinned stage and the room kept for it (px): ${figures.join('; ')}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
