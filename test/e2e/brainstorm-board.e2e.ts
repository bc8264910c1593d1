import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS_DIR, expectNoSeriousA11yViolations } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op, zone } from './run-e2e-helpers';

// The console's brainstorm board with a real room's worth of cards (36 cards,
// some near the 200-character limit, three themes already made; 30 cards not grouped): every card in
// "Not grouped" shows its whole text and its "Move to…" control inside the
// column, at a laptop's 1280×720 and a desktop's 1920×1080, and the control works.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const NAMES = ['Dana', 'Marcus', 'Priya', 'Tomás', 'Jess', 'Owen', 'Hannah', 'Leo', 'Aisha', 'Ravi', 'Sofia', 'Mei'];
const IDEAS = [
  'Leads arrive with no context',
  'Nobody tells marketing which campaigns produced deals that actually closed, so we keep funding the ones that look good on a dashboard and quietly cutting the ones that sales loved',
  'Slow follow-up',
  'Webinar attendees are passed to sales the same afternoon even when they only watched five minutes, and reps stop trusting every lead that comes from an event as a result',
  'A shared definition of an MQL that both teams signed',
  'Marketing hears about lost deals months later, long after the campaign that brought them in has ended and its budget is gone; a short monthly win-loss review with both teams would fix it',
  'Supercalifragilisticexpialidociousleadscoringmodelthatnobodyunderstands',
  'Reps rewrite the nurture emails themselves',
  'Pricing page visits are a strong signal but nobody routes them to the right rep in time, so a warm buyer waits two days for a generic reply from whoever picks up the queue first',
];
const THEMES = ['Hand-off speed', 'Feedback on closed deals', 'What counts as a lead'];

interface Detail {
  participants: { id: string; name: string }[];
  activities: { id: string; kind: string }[];
}

/**
 * Everything about the "Not grouped" column's cards that decides whether they can be read and
 * moved: measured where they are (nothing scrolled sideways), then each control brought into
 * view by scrolling and checked again (scrolling may only be up and down).
 */
function measurePile(page: Page) {
  return zone(page, 'Not grouped').evaluate((column) => {
    const box = () => column.getBoundingClientRect();
    const across = (r: DOMRect) => r.left >= box().left - 0.5 && r.right <= box().right + 0.5;
    const within = (r: DOMRect, outer: DOMRect) =>
      r.top >= outer.top - 0.5 && r.bottom <= outer.bottom + 0.5 && r.left >= outer.left - 0.5 && r.right <= outer.right + 0.5;
    /** Boxes that scroll (or hide) sideways: the column and anything inside it but form controls and screen-reader-only text. */
    const sideways = () =>
      [column, ...column.querySelectorAll<HTMLElement>('*')]
        .filter((el) => !['SELECT', 'OPTION', 'INPUT', 'BUTTON'].includes(el.tagName) && !el.closest('.cgv-sr') && getComputedStyle(el).overflowX !== 'visible')
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollLeft > 0)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${el.clientWidth}/${el.scrollWidth}`);
    const cards = [...column.querySelectorAll<HTMLElement>('[data-card-id]')];
    const before = cards.map((card) => {
      const text = card.querySelector<HTMLElement>('.cgv-card-text')!;
      const select = card.querySelector<HTMLSelectElement>('.cgv-move-to select')!;
      return {
        text: text.textContent,
        textFits: text.scrollWidth <= text.clientWidth,
        textInside: across(text.getBoundingClientRect()),
        moveInside: across(select.getBoundingClientRect()),
      };
    });
    const sidewaysBefore = sideways();
    const result = cards.map((card, i) => {
      const select = card.querySelector<HTMLSelectElement>('.cgv-move-to select')!;
      select.scrollIntoView({ block: 'center', inline: 'nearest' });
      const s = select.getBoundingClientRect();
      // The visible box: the column, cut by every box between it and the control that clips.
      let visible = box();
      for (let el = select.parentElement; el && el !== column; el = el.parentElement) {
        if (getComputedStyle(el).overflowY !== 'visible') visible = el.getBoundingClientRect();
      }
      const atCentre = document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2);
      return { ...before[i]!, moveVisible: within(s, visible) && across(s), moveOnTop: atCentre === select, scrolledSideways: sideways().length > 0 };
    });
    return { cards: result, sideways: sidewaysBefore };
  });
}

describe('the console brainstorm board with 36 long cards', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows every ungrouped card’s whole text and its Move to… control inside the column, and the control moves the card', { timeout: 240_000 }, async () => {
    const serve = session.serve;
    const { id: workshopId } = await op<{ id: string }>(serve, 'workshop:create', { title: 'Board with long cards' });
    await op(serve, 'participant:addMany', { workshopId, people: NAMES.map((name, i) => ({ name, team: i % 2 ? 'marketing' : 'sales' })) });
    await op(serve, 'activity:add', {
      workshopId,
      kind: 'brainstorm',
      title: 'Where do hand-offs hurt?',
      minutes: 15,
      config: { prompt: 'One pain per card.', anonymous: true, maxCardsPerPerson: 5 },
    });
    const detail = await op<Detail>(serve, 'workshop:get', { id: workshopId });
    const activity = detail.activities.find((a) => a.kind === 'brainstorm')!;
    await op(serve, 'run:start', { workshopId });
    await op(serve, 'run:goto', { workshopId, activityId: activity.id });
    const keys: string[] = [];
    for (const [i, p] of detail.participants.entries()) {
      for (let j = 0; j < 3; j++) {
        const itemKey = `card-${i}x${j}abc`;
        const text = `${p.name}: ${IDEAS[(i * 3 + j) % IDEAS.length]}`.slice(0, 200);
        await op(serve, 'response:submit', { activityId: activity.id, participantId: p.id, itemKey, value: { text } });
        keys.push(`${p.id}/${itemKey}`);
      }
    }
    expect(keys.length).toBe(36);
    // Three themes with two cards each; 30 cards left in "Not grouped".
    const clusters = THEMES.map((name, t) => ({ id: `theme${t}`, name, cardKeys: keys.slice(t * 2, t * 2 + 2) }));
    await op(serve, 'run:setBoard', { activityId: activity.id, board: { clusters } });

    let loose = 30;
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const { page, errors } = await session.page(viewport);
      await page.goto(`${serve.origin}/#/run/${workshopId}`);
      const pile = zone(page, 'Not grouped');
      await poll(() => pile.locator('[data-card-id]').count()).toBe(loose);
      await shot(page, `brainstorm-board-${viewport.width}`);
      await pile.screenshot({ path: join(SHOTS_DIR, `brainstorm-board-${viewport.width}-pile.png`) });

      const { cards, sideways } = await measurePile(page);
      expect(cards).toHaveLength(loose);
      const bad = cards.filter((c) => !c.textFits || !c.textInside || !c.moveInside || !c.moveVisible || !c.moveOnTop || c.scrolledSideways);
      // Soft: a failure at one size still checks the other.
      expect.soft(bad, `${viewport.width}×${viewport.height}: cards cut off in Not grouped`).toEqual([]);
      expect.soft(sideways, `${viewport.width}×${viewport.height}: boxes in Not grouped that cut their content sideways`).toEqual([]);
      await expectNoSeriousA11yViolations(page, `brainstorm board at ${viewport.width}×${viewport.height}`);

      // The control is usable: move a long card into a theme, and the board shows it there.
      const longest = cards.map((c) => c.text ?? '').sort((a, b) => b.length - a.length)[0]!;
      const theme = THEMES[viewport.width === 1280 ? 1 : 2]!;
      await page.getByLabel(`Move “${longest}” to`).selectOption({ label: theme });
      const themeZone = page.locator(`[data-zone-id="theme${THEMES.indexOf(theme)}"]`);
      await poll(() => themeZone.locator('[data-card-id]', { hasText: longest }).count()).toBe(1);
      loose -= 1;
      await poll(() => pile.locator('[data-card-id]').count()).toBe(loose);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
