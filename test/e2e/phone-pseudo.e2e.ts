import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SCREEN, SHOTS_DIR } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { floorFor, measureScreen } from '../visual/layout-measure';
import { measureOverflow } from './reflow-helpers';
import { ensurePhoneBundle, op } from './run-e2e-helpers';

// #19: every exercise's phone view at 390×844 in the pseudo-locale (accented, 40 % longer, bracketed), which
// stands for words that run long, then in German and in French: nothing may scroll sideways, stick out of the
// screen or be cut by the box it sits in. A phone shows the pseudo-locale when its storage asks for it
// (`cg-phone-locale`, never offered by the switcher). The PNGs land in SHOTS_DIR to look at.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const PHONE = { viewport: SCREEN.phone, hasTouch: true, isMobile: true };
/** Every kind a phone shows something for, in the library's order (slide and break: the phone waits). */
const KINDS = [
  'slide',
  'brainstorm',
  'messaging',
  'dotvote',
  'cardsort',
  'ranking',
  'leadsort',
  'persona',
  'buyingmap',
  'kpisort',
  'retro',
  'pulse',
  'comp',
  'commitments',
  'break',
];

interface Activity {
  id: string;
  kind: string;
  title: string;
}

/** What is wrong on the phone's screen now: sideways scrolling, anything sticking out, text cut by its box. */
export async function phoneProblems(page: Page, name: string): Promise<string[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5000 }).catch(() => undefined);
  const o = await measureOverflow(page);
  const problems: string[] = [];
  if (o.scrollWidth > o.clientWidth) problems.push(`${name}: page ${o.scrollWidth} px wide in ${o.clientWidth}`);
  if (o.outside.length) problems.push(`${name}: outside the screen: ${o.outside.join('; ')}`);
  if (o.overlapping.length) problems.push(`${name}: controls drawn over each other: ${o.overlapping.join('; ')}`);
  // A phone page scrolls down: text below the fold is not cut; text cut by the box it sits in (or an ellipsis) is.
  const { clipped } = await measureScreen(page, floorFor(SCREEN.phone), false);
  const cut = clipped.filter((c) => !c.endsWith('cut by the viewport'));
  if (cut.length) problems.push(`${name}: text cut: ${cut.join('; ')}`);
  // measureScreen looks at the boxes round a text; a box that hides what its own text runs past is cut too.
  const ownBox = await page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const hides = (v: string) => v === 'hidden' || v === 'clip';
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
        return ownText && r.width > 2 && r.height > 2 && (hides(s.overflowX) || hides(s.overflowY)) && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”`),
  );
  if (ownBox.length) problems.push(`${name}: text cut by its own box: ${ownBox.join('; ')}`);
  return problems;
}

/**
 * The phone's language (its storage, as the switcher leaves it) and the workshop's (the exercises' example content):
 * the pseudo-locale over English content, then German and French through and through.
 */
const RUNS = [
  { phone: 'pseudo', workshop: 'en', lang: 'en-XA', says: /⟦[^⟧]+⟧/ },
  { phone: 'de', workshop: 'de', lang: 'de', says: /Wer sind Sie\?/ },
  { phone: 'fr', workshop: 'fr', lang: 'fr', says: /Qui êtes-vous/ },
] as const;

describe('every exercise on a phone in long languages', () => {
  let session: Session;
  beforeAll(async () => {
    ensurePhoneBundle();
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it.each(RUNS)('fits 390×844 in $phone: the names, each exercise, nothing scrolls sideways or is cut', { timeout: 300_000 }, async (run) => {
    const serve = session.serve;
    const { id: workshopId } = await op<{ id: string }>(serve, 'workshop:create', { title: 'Sales & Marketing alignment day' });
    if (run.workshop !== 'en') await op(serve, 'workshop:update', { id: workshopId, patch: { language: run.workshop } });
    await op(serve, 'participant:addMany', {
      workshopId,
      people: [
        { name: 'Dana Whitfield-Longname', team: 'sales' },
        { name: 'Jonas Weber', team: 'marketing' },
      ],
    });
    const added: Activity[] = [];
    for (const kind of KINDS) added.push(await op<Activity>(serve, 'activity:add', { workshopId, kind }));
    const room = await op<{ joinUrl: string }>(serve, 'room:open', { workshopId, host: '127.0.0.1' });
    await op(serve, 'run:start', { workshopId });

    const context = await session.browser.newContext(PHONE);
    await context.addInitScript((locale) => localStorage.setItem('cg-phone-locale', locale), run.phone);
    const page = await context.newPage();
    await page.goto(room.joinUrl);
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe(run.lang);
    const dana = page.getByRole('button', { name: /Dana Whitfield-Longname/ });
    await poll(() => dana.isVisible()).toBe(true);
    // The phone speaks the language asked for, not English.
    expect(await page.locator('body').innerText()).toMatch(run.says);
    const problems = await phoneProblems(page, `${run.phone} names`);
    await shot(page, `phone-${run.phone}-names-390`);
    await dana.tap();

    for (const a of added) {
      await op(serve, 'run:goto', { workshopId, activityId: a.id });
      await poll(() => page.locator('body').innerText()).toContain(a.title);
      await page.evaluate(() => document.fonts.ready);
      problems.push(...(await phoneProblems(page, `${run.phone} ${a.kind}`)));
      await page.screenshot({ path: join(SHOTS_DIR, `phone-${run.phone}-${a.kind}-390.png`), fullPage: true });
    }
    expect(problems).toEqual([]);
    await op(serve, 'room:close');
    await context.close();
  });
});
