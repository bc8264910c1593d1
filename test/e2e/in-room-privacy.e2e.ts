import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, newTrackedPage, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { NAMING_LINE } from '../../src/shared/privacy';
import { ensurePhoneBundle, op, sampleAtCardSort } from './run-e2e-helpers';

// The shared screen keeps each person's answers private, in real Chromium over
// browser mode: Dana answers and hands over with a PIN; the next person cannot
// see her answers without her step; she is shown as done; her PIN opens them.
// Cards of the sample's sort: sig1 "Requested a demo", sig2 "Visited the pricing
// page twice"; columns col1 Quality lead, col2 Not a signal.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const zoneOf = (page: Page, cardId: string) =>
  page.locator(`[data-card-id="${cardId}"]`).evaluate((el) => el.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id') ?? null);
const picker = (page: Page) => page.getByRole('heading', { level: 1, name: 'Who’s answering?' });
const dana = (page: Page) => page.getByRole('button', { name: /^Dana Whitfield/ });
/** Nothing of Dana's answers anywhere in the page: no card, no card text. */
async function noAnswersInDom(page: Page) {
  expect(await page.locator('[data-card-id]').count()).toBe(0);
  const html = await page.content();
  for (const text of ['Requested a demo', 'Visited the pricing page twice', 'Quality lead']) expect(html).not.toContain(text);
}

async function place(page: Page, card: string, column: string) {
  await page.getByRole('button', { name: `Place ${card}` }).click();
  await page
    .getByRole('list', { name: `Where ${card} goes` })
    .getByRole('button', { name: column })
    .click();
}

describe('in-room page: private answers on a shared screen', () => {
  let session: Session;
  beforeAll(async () => {
    ensurePhoneBundle();
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('A answers and hands over with a PIN; B cannot see A’s answers (wrong PIN refused); A is done; A re-opens with the PIN', async () => {
    const { workshopId, sort } = await sampleAtCardSort(session.serve);
    const origin = session.serve.origin;
    const screen = await session.page(SCREEN.desktop);
    const s = screen.page;
    await s.goto(`${origin}/#/participate/${workshopId}`);
    await poll(() => picker(s).isVisible()).toBe(true);

    // A: Dana answers. The privacy line sits above her answers.
    await dana(s).click();
    await poll(() => s.getByRole('heading', { level: 1, name: sort.title }).isVisible()).toBe(true);
    expect(await s.getByTestId('privacy-line').innerText()).toBe(NAMING_LINE.team);
    await place(s, 'Requested a demo', 'Quality lead');
    await place(s, 'Visited the pricing page twice', 'Not a signal');
    await poll(() => s.locator('.cgv-saved').textContent()).toContain('Saved');
    await poll(() => zoneOf(s, 'sig2')).toBe('col2');
    await s.getByLabel('Lock your answers with a PIN (optional)').fill('2580');
    await expectNoSeriousA11yViolations(s, 'participate: answers with the privacy line and the PIN offer');
    await s.evaluate(() => window.scrollTo(0, 0));
    await shot(s, 'in-room-answer-1920');
    await s.getByRole('button', { name: 'Done — next person' }).click();

    // Dana is shown as done, for everyone to see; the thank-you is on screen.
    await poll(() => picker(s).isVisible()).toBe(true);
    await poll(() => s.getByTestId('thanks').isVisible()).toBe(true);
    expect(await s.getByTestId('thanks').innerText()).toContain('Thanks, Dana Whitfield.');
    expect(await dana(s).locator('.pick-done').isVisible()).toBe(true);
    expect(await dana(s).locator('.pick-done').textContent()).toBe('✓ Done');
    expect(
      await s
        .getByRole('button', { name: /^Marcus Oyelaran/ })
        .locator('.pick-done')
        .count(),
    ).toBe(0);
    await noAnswersInDom(s);
    await expectNoSeriousA11yViolations(s, 'participate: picker with a done person');
    await shot(s, 'in-room-picker-done-1920');

    // B taps Dana's name: a closed door. A wrong PIN is refused and shows nothing.
    await dana(s).click();
    await poll(() => s.getByRole('button', { name: 'It’s me: change my answers' }).isVisible()).toBe(true);
    await noAnswersInDom(s);
    await s.getByRole('button', { name: 'It’s me: change my answers' }).click();
    await s.getByLabel('Your PIN').fill('1111');
    await s.getByRole('button', { name: 'Open my answers' }).click();
    await poll(() => s.getByRole('alert').innerText()).toBe('That PIN is not right. 4 tries left before a wait.');
    await noAnswersInDom(s);
    await expectNoSeriousA11yViolations(s, 'participate: PIN refused');
    await shot(s, 'in-room-pin-refused-1920');
    await s.getByRole('button', { name: 'Back to the names' }).click();

    // A reload keeps who is done (stored, not only in this tab).
    await s.reload();
    await poll(() => picker(s).isVisible()).toBe(true);
    await poll(() => dana(s).locator('.pick-done').isVisible()).toBe(true);

    // A: Dana re-opens with her PIN and finds her answers.
    await dana(s).click();
    await s.getByRole('button', { name: 'It’s me: change my answers' }).click();
    await s.getByLabel('Your PIN').fill('2580');
    await s.getByRole('button', { name: 'Open my answers' }).click();
    await poll(() => zoneOf(s, 'sig1')).toBe('col1');
    expect(await zoneOf(s, 'sig2')).toBe('col2');
    expect(screen.errors).toEqual([]);
  });

  it('the facilitator opens a forgotten PIN from the console (confirmed, logged); without a PIN the answers stay hidden until “Show my answers”', async () => {
    const { workshopId, detail } = await sampleAtCardSort(session.serve);
    const origin = session.serve.origin;
    const hannah = detail.participants.find((p) => p.name === 'Hannah Brooks')!;
    await op(session.serve, 'response:submit', {
      activityId: detail.activities.find((a) => a.kind === 'cardsort')!.id,
      participantId: hannah.id,
      itemKey: 'sig1',
      value: { column: 'col2' },
    });
    await op(session.serve, 'handover:done', { participantId: hannah.id, pin: '4444' });

    const consolePage = await session.page(SCREEN.desktop);
    const c = consolePage.page;
    await c.goto(`${origin}/#/run/${workshopId}`);
    const panel = c.locator('section', { has: c.getByRole('heading', { level: 2, name: 'Privacy log' }) });
    await poll(() => panel.getByRole('button', { name: 'Open without PIN: Hannah Brooks' }).isVisible()).toBe(true);
    await panel.getByRole('button', { name: 'Open without PIN: Hannah Brooks' }).click();
    const dialog = c.getByRole('alertdialog', { name: 'Open Hannah Brooks’s answers without their PIN?' });
    await poll(() => dialog.isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(c, 'console: open without PIN, confirm');
    await dialog.getByRole('button', { name: 'Open without PIN' }).click();
    await poll(() => panel.getByTestId('privacy-log').innerText()).toContain('Opened Hannah Brooks’s answers without their PIN (PIN removed).');
    await expectNoSeriousA11yViolations(c, 'console: privacy log');
    await panel.scrollIntoViewIfNeeded();
    await shot(c, 'console-privacy-log-1920');

    // On a laptop-sized shared screen: Hannah's answers are hidden until she shows them.
    const laptop = await session.page(SCREEN.laptop);
    const l = laptop.page;
    await l.goto(`${origin}/#/participate/${workshopId}`);
    await l.getByRole('button', { name: /^Hannah Brooks/ }).click();
    await l.getByRole('button', { name: 'It’s me: change my answers' }).click();
    await poll(() => l.getByTestId('answers-hidden').isVisible()).toBe(true);
    expect(await l.locator('[data-card-id]').count()).toBe(0);
    await expectNoSeriousA11yViolations(l, 'participate: answers hidden');
    await shot(l, 'in-room-hidden-1280');
    await l.getByRole('button', { name: 'Show my answers' }).click();
    await poll(() => zoneOf(l, 'sig1')).toBe('col2');
    await l.evaluate(() => window.scrollTo(0, 0));
    await shot(l, 'in-room-answer-1280');
    expect(consolePage.errors).toEqual([]);
    expect(laptop.errors).toEqual([]);
  });

  it('a phone shows the privacy line above the answers', async () => {
    const { workshopId } = await sampleAtCardSort(session.serve);
    const room = await op<{ joinUrl: string }>(session.serve, 'room:open', { workshopId, host: '127.0.0.1' });
    const context = await session.browser.newContext({ viewport: SCREEN.phone, hasTouch: true, isMobile: true });
    const phone = await newTrackedPage(context);
    const p = phone.page;
    await p.goto(room.joinUrl);
    await p.getByRole('button', { name: 'Marcus Oyelaran' }).tap();
    await poll(() => p.getByTestId('privacy-line').isVisible()).toBe(true);
    expect(await p.getByTestId('privacy-line').innerText()).toBe(NAMING_LINE.team);
    const line = await p.getByTestId('privacy-line').boundingBox();
    const card = await p.locator('[data-card-id="sig1"]').boundingBox();
    expect(line!.y + line!.height).toBeLessThanOrEqual(card!.y);
    await expectNoSeriousA11yViolations(p, 'phone: privacy line');
    await shot(p, 'phone-privacy-line-390');
    expect(phone.errors).toEqual([]);
    await op(session.serve, 'room:close', {});
  });
});
