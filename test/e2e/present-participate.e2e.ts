import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { mouseDrag, openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { centreNow, op, sampleAtCardSort, touchDragToZone } from './run-e2e-helpers';

// The card sort of the sample workshop: sig1 "Requested a demo", sig2 "Visited the pricing page twice",
// sig3 "Downloaded a whitepaper"; columns col1 Quality lead, col2 Not a signal, col3 Depends.
const zoneOf = (page: Page, cardId: string) =>
  page.locator(`[data-card-id="${cardId}"]`).evaluate((el) => el.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id') ?? null);
/** Wait on a condition (never a sleep); generous for a first page load on a busy machine. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const responded = (page: Page) => page.getByTestId('responded').textContent();

describe('presenter and in-room participation in browser mode', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('three people answer on the shared screen (touch, mouse, keyboard); the projector counts them and shows the results once revealed', async () => {
    const { workshopId, sort } = await sampleAtCardSort(session.serve);
    const origin = session.serve.origin;

    // The projector, before anyone answers.
    const projector = await session.page(SCREEN.desktop);
    await projector.page.goto(`${origin}/#/present/${workshopId}`);
    await poll(() => projector.page.getByRole('heading', { level: 1, name: sort.title }).isVisible()).toBe(true);
    await poll(() => responded(projector.page)).toBe('0 of 10 responded');

    // 1. A Sales person on a phone-sized touch screen.
    const phone = await session.page(SCREEN.phone, { hasTouch: true, isMobile: true });
    const p = phone.page;
    await p.goto(`${origin}/#/participate/${workshopId}`);
    await poll(() => p.getByRole('heading', { level: 1, name: 'Who’s answering?' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(p, 'participate: picker');
    await shot(p, 'participate-picker-390');
    await p.getByRole('button', { name: 'Dana Whitfield' }).tap();
    await poll(() => p.getByRole('heading', { level: 1, name: sort.title }).isVisible()).toBe(true);
    await poll(() => p.locator('[data-card-id="sig1"]').isVisible()).toBe(true);

    // Touch drag: press and hold, then move the card into Quality lead.
    await touchDragToZone(phone.context, p, p.locator('[data-card-id="sig1"] .cgv-card-text'), 'col1');
    await poll(() => zoneOf(p, 'sig1')).toBe('col1');
    await poll(() => p.getByText('Saved').isVisible()).toBe(true);

    // The same without dragging: the Place… menu.
    await p.getByRole('button', { name: 'Place Visited the pricing page twice' }).tap();
    await p.getByRole('list', { name: 'Where Visited the pricing page twice goes' }).getByRole('button', { name: 'Not a signal' }).tap();
    await poll(() => zoneOf(p, 'sig2')).toBe('col2');
    await poll(() => p.locator('.cgv-saved').textContent()).toContain('Saved');
    await expectNoSeriousA11yViolations(p, 'participate: card sort');
    await p.evaluate(() => window.scrollTo(0, 0));
    await shot(p, 'participate-cardsort-390');
    await poll(() => responded(projector.page)).toBe('1 of 10 responded');

    await p.getByRole('button', { name: 'Done — next person' }).tap();
    await poll(() => p.getByRole('heading', { level: 1, name: 'Who’s answering?' }).isVisible()).toBe(true);
    expect(await p.locator('[data-card-id]').count()).toBe(0);
    expect(phone.errors).toEqual([]);

    // 2. A Marketing person on the shared laptop screen, with the mouse.
    const laptop = await session.page(SCREEN.laptop);
    const l = laptop.page;
    await l.goto(`${origin}/#/participate/${workshopId}`);
    await l.getByRole('button', { name: 'Hannah Brooks' }).click();
    await poll(() => l.locator('[data-card-id="sig1"]').isVisible()).toBe(true);
    expect(await zoneOf(l, 'sig1')).toBe('unsorted'); // a clean sheet, not Dana's answers
    await l.locator('[data-zone-id="col2"]').scrollIntoViewIfNeeded();
    await mouseDrag(l, await centreNow(l.locator('[data-card-id="sig1"] .cgv-card-text')), await centreNow(l.locator('[data-zone-id="col2"]')));
    await poll(() => zoneOf(l, 'sig1')).toBe('col2');
    await poll(() => l.locator('.cgv-saved').textContent()).toContain('Saved');
    await poll(() => l.locator('.cgv-card-lifted').count()).toBe(0); // the drop animation has settled
    await l.evaluate(() => window.scrollTo(0, 0));
    await shot(l, 'participate-cardsort-1280');
    await l.getByRole('button', { name: 'Done — next person' }).click();

    // 3. Another Sales person with the keyboard only.
    await poll(() => l.getByRole('heading', { level: 1, name: 'Who’s answering?' }).isVisible()).toBe(true);
    await l.getByRole('button', { name: 'Marcus Oyelaran' }).focus();
    await l.keyboard.press('Enter');
    await poll(() => l.getByRole('button', { name: 'Drag Requested a demo' }).isVisible()).toBe(true);
    await l.getByRole('button', { name: 'Drag Requested a demo' }).focus();
    await l.keyboard.press('Space');
    await l.waitForTimeout(150);
    await l.keyboard.press('ArrowRight'); // Unsorted → Quality lead
    await l.waitForTimeout(150);
    await l.keyboard.press('Space');
    await poll(() => zoneOf(l, 'sig1')).toBe('col1');
    await poll(() => l.locator('.cgv-saved').textContent()).toContain('Saved');
    expect(laptop.errors).toEqual([]);

    // The projector: a count, never names.
    await poll(() => responded(projector.page)).toBe('3 of 10 responded');
    const before = (await projector.page.locator('body').textContent()) ?? '';
    for (const name of ['Dana Whitfield', 'Hannah Brooks', 'Marcus Oyelaran']) expect(before).not.toContain(name);
    expect(before).not.toContain('Ask "depends on what?"'); // the facilitator's notes
    await expectNoSeriousA11yViolations(projector.page, 'presenter: card sort');
    await shot(projector.page, 'presenter-cardsort-1920');
    const small = await session.page(SCREEN.laptop);
    await small.page.goto(`${origin}/#/present/${workshopId}`);
    await poll(() => responded(small.page)).toBe('3 of 10 responded');
    await shot(small.page, 'presenter-cardsort-1280');

    // Reveal: the results, with the right counts for "Requested a demo" (2 Quality lead, 1 Not a signal).
    await op(session.serve, 'run:set', { activityId: sort.id, revealed: true });
    const row = projector.page.locator('tr', { has: projector.page.locator('th', { hasText: 'Requested a demo' }) });
    await poll(() => row.isVisible()).toBe(true);
    await poll(() => row.locator('td').allTextContents()).toEqual([
      expect.stringMatching(/^67% \(2\)/),
      expect.stringMatching(/^33% \(1\)/),
      expect.stringMatching(/^0%/),
    ]);
    expect(await projector.page.getByText('Where 3 people put each card').count()).toBeGreaterThan(0);
    const revealed = (await projector.page.locator('body').textContent()) ?? '';
    for (const name of ['Dana Whitfield', 'Hannah Brooks', 'Marcus Oyelaran']) expect(revealed).not.toContain(name);
    // Number sizes: chart numbers at least 32 px at 1920 wide.
    const pct = await row
      .locator('.cgv-cell-pct')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(pct).toBeGreaterThanOrEqual(32);
    const title = await projector.page.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(title).toBeGreaterThanOrEqual(56);
    expect(title).toBeLessThanOrEqual(72);
    await expectNoSeriousA11yViolations(projector.page, 'presenter: revealed results');
    await shot(projector.page, 'presenter-results-1920');
    await poll(() => small.page.locator('tr', { hasText: 'Requested a demo' }).isVisible()).toBe(true);
    await shot(small.page, 'presenter-results-1280');

    expect(projector.errors).toEqual([]);
    expect(small.errors).toEqual([]);
  });

  it('before the start the projector says "Starting soon" with the workshop title; at the end, thank you', async () => {
    const workshop = await op<{ id: string; title: string }>(session.serve, 'workshop:createSample');
    const projector = await session.page(SCREEN.desktop);
    await projector.page.goto(`${session.serve.origin}/#/present/${workshop.id}`);
    await poll(() => projector.page.getByText('Starting soon').isVisible()).toBe(true);
    await poll(() => projector.page.getByRole('heading', { level: 1 }).textContent()).toBe(workshop.title);
    await poll(() => projector.page.getByRole('button', { name: 'Full screen' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(projector.page, 'presenter: not started');
    await shot(projector.page, 'presenter-not-started-1920');

    await op(session.serve, 'run:start', { workshopId: workshop.id });
    await op(session.serve, 'run:end', { workshopId: workshop.id });
    await poll(() => projector.page.getByRole('heading', { level: 1, name: 'Thank you' }).isVisible()).toBe(true);
    await shot(projector.page, 'presenter-ended-1920');
    expect(projector.errors).toEqual([]);
  });
});
