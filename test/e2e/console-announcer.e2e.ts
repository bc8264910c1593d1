import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDefinition } from '../../src/activities/registry';
import type { RoomInfo } from '../../src/shared/room';
import { timerInWords, type RunState } from '../../src/shared/run';
import { spellJoinCode, typedAddress } from '../../src/renderer/components/run/join-code';
import { SCREEN } from '../helpers/browser';
import { openSession, type Session } from '../helpers/e2e-session';
import { genericWorkshopVia } from '../helpers/generic-workshop';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// The console's one polite live region, against the real server in Chromium: every
// shortcut and button says what changed, in words, with the focus on <body>.

type Detail = { activities: { id: string; kind: string; title: string; minutes: number }[] };

/** What the console's live region says (without the invisible mark that makes a repeat a change). */
const said = (page: Page) => page.getByTestId('console-announcer').evaluate((el) => (el.textContent ?? '').replace(/\u200b/g, ''));

/** Press a key with nothing focused, as after a click on empty space. */
async function pressOnBody(page: Page, key: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press(key);
}

const showing = (detail: Detail, index: number) => {
  const a = detail.activities[index]!;
  const title = /[.?!…]$/.test(a.title) ? a.title : `${a.title}.`;
  return `Now showing ${index + 1} of ${detail.activities.length}: ${findDefinition(a.kind)!.label}, ${title}`;
};

describe('the console says what changed', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('→, ←, L, R and Space with the focus on <body>, the buttons, and opening and closing the room', async () => {
    const { page, errors, context } = await session.page(SCREEN.laptop);
    const serve = session.serve;
    const w = await genericWorkshopVia((name, input) => op(serve, name, input));
    const detail = await op<Detail>(serve, 'workshop:get', { id: w.id });
    await page.goto(`${serve.origin}/#/run/${w.id}`);
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await expect.poll(() => said(page)).toBe(`The workshop has started. ${showing(detail, 0)}`);

    await pressOnBody(page, 'ArrowRight');
    await expect.poll(() => said(page)).toBe(showing(detail, 1));
    await pressOnBody(page, 'ArrowLeft');
    await expect.poll(() => said(page)).toBe(showing(detail, 0));

    const sortIndex = detail.activities.findIndex((a) => a.kind === 'cardsort');
    const sort = detail.activities[sortIndex]!;
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: new RegExp(sort.title) })
      .click();
    await expect.poll(() => said(page)).toBe(showing(detail, sortIndex));

    await pressOnBody(page, 'l');
    await expect.poll(() => said(page)).toBe('Answers are locked.');
    await pressOnBody(page, 'l');
    await expect.poll(() => said(page)).toBe('Answers are open again.');
    await pressOnBody(page, 'r');
    await expect.poll(() => said(page)).toBe('Results are on the projector.');
    await pressOnBody(page, 'r');
    await expect.poll(() => said(page)).toBe('Results are hidden from the room.');

    await pressOnBody(page, ' ');
    await expect.poll(() => said(page)).toBe(`Timer started, ${sort.minutes} minutes left.`);
    await pressOnBody(page, ' ');
    await expect.poll(() => said(page)).toMatch(/^Timer paused, /);
    const timer = (await op<RunState>(serve, 'run:get', { workshopId: w.id })).activities.find((a) => a.activityId === sort.id)!.timer;
    expect(await said(page)).toBe(`Timer paused, ${timerInWords(timer.durationMs - timer.elapsedMs)}.`);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => said(page)).toBe(`Timer reset to ${sort.minutes} minutes.`);

    // The buttons say the same as the keys.
    await page.getByRole('button', { name: 'Lock answers' }).click();
    await expect.poll(() => said(page)).toBe('Answers are locked.');
    await page.getByRole('button', { name: 'Next activity' }).click();
    await expect.poll(() => said(page)).toBe(showing(detail, sortIndex + 1));
    await page.getByRole('button', { name: 'Previous', exact: true }).click();
    await expect.poll(() => said(page)).toBe(showing(detail, sortIndex));

    // The room for phones: the address and the code spelled out, never the link's token.
    await page.getByRole('button', { name: 'Open for phones' }).click();
    await expect.poll(() => said(page)).toMatch(/^Open for phones at /);
    const room = (await op<RoomInfo>(serve, 'room:status'))!;
    expect(await said(page)).toBe(`Open for phones at ${typedAddress(room.origin)}, join code ${spellJoinCode(room.joinCode)}.`);
    expect(await said(page)).not.toContain(room.joinUrl.split('/').pop()!);
    await page.getByRole('button', { name: 'Close for phones' }).click();
    await expect.poll(() => said(page)).toBe('Closed for phones.');

    // One polite region for all of it (the toasts have theirs; the projector's thumbnail is hidden from screen readers).
    const polite = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-live="polite"]')]
        .filter((el) => !el.closest('.toast-stack, [aria-hidden="true"]'))
        .map((el) => el.getAttribute('data-testid')),
    );
    expect(polite).toEqual(['console-announcer']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Move up / Move down on the agenda say the new position', async () => {
    const { page, errors, context } = await session.page(SCREEN.laptop);
    const serve = session.serve;
    const w = await genericWorkshopVia((name, input) => op(serve, name, input));
    const detail = await op<Detail>(serve, 'workshop:get', { id: w.id });
    const n = detail.activities.length;
    const second = detail.activities[1]!.title;
    await page.goto(`${serve.origin}/#/w/${w.id}`);
    const region = page.getByTestId('agenda-announcer');
    const agendaSaid = () => region.evaluate((el) => (el.textContent ?? '').replace(/\u200b/g, ''));

    await page.getByRole('button', { name: `Move ${second} down` }).click();
    await expect.poll(agendaSaid).toBe(`${second} moved to position 3 of ${n}.`);
    await page.getByRole('button', { name: `Move ${second} down` }).click();
    await expect.poll(agendaSaid).toBe(`${second} moved to position 4 of ${n}.`);
    await page.getByRole('button', { name: `Move ${second} up` }).click();
    await expect.poll(agendaSaid).toBe(`${second} moved to position 3 of ${n}.`);
    await expect.poll(async () => (await op<Detail>(serve, 'workshop:get', { id: w.id })).activities[2]!.title).toBe(second);
    expect(errors).toEqual([]);
    await context.close();
  });
});
