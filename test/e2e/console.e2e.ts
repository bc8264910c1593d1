import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { genericWorkshopVia } from '../helpers/generic-workshop';

type Detail = {
  workshop: { id: string };
  activities: { id: string; kind: string; title: string; config: { cards: { id: string }[]; columns: { id: string }[] } }[];
  participants: { id: string; team: string }[];
};

async function api<T>(page: Page, origin: string, op: string, input: unknown): Promise<T> {
  const res = await page.request.post(`${origin}/api/op/${op}`, { data: input, headers: { origin } }); // a page's own POSTs carry its Origin
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${op}: ${body.error?.message}`);
  return body.value;
}

const timerSeconds = async (page: Page) => {
  const [m, s] = (await page.getByRole('timer').innerText()).replace('+', '').split(':').map(Number);
  return m! * 60 + s!;
};

describe('the facilitator console', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs the workshop with shortcuts, reveals and locks, and resumes exactly after a crash', async () => {
    const { page, errors, context } = await session.page(SCREEN.desktop);
    const origin = session.serve.origin;
    const w = await genericWorkshopVia((name, input) => api(page, origin, name, input));
    const detail = await api<Detail>(page, origin, 'workshop:get', { id: w.id });
    await page.goto(`${origin}/#/run/${w.id}`);
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    const current = page.locator('#stage-title');
    await expect.poll(() => current.innerText()).toBe(detail.activities[0]!.title);
    await expectNoSeriousA11yViolations(page, 'console, first activity');

    // → moves on, ← comes back, Space runs the timer.
    await page.locator('body').press('ArrowRight');
    await expect.poll(() => current.innerText()).toBe(detail.activities[1]!.title);
    await page.locator('body').press('ArrowLeft');
    await expect.poll(() => current.innerText()).toBe(detail.activities[0]!.title);

    // Jump to the card sort from the agenda.
    const sort = detail.activities.find((a) => a.kind === 'cardsort')!;
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: new RegExp(sort.title) })
      .click();
    await expect.poll(() => current.innerText()).toBe(sort.title);
    await page.locator('body').press(' ');
    await expect.poll(() => page.getByText('Running', { exact: true }).isVisible()).toBe(true);

    // Three people answer (their own pages are tested elsewhere); the console counts them by name.
    for (const p of detail.participants.slice(0, 3)) {
      for (const card of sort.config.cards.slice(0, 4)) {
        await api(page, origin, 'response:submit', {
          activityId: sort.id,
          participantId: p.id,
          itemKey: card.id,
          value: { column: sort.config.columns[0]!.id },
        });
      }
    }
    await expect.poll(() => page.getByTestId('respondent-count').innerText()).toBe('3 of 10 responded');
    await expect.poll(() => page.getByRole('list', { name: 'Answered', exact: true }).getByRole('listitem').count()).toBe(3);

    // R reveals on the projector, L locks answers.
    await page.locator('body').press('r');
    await expect.poll(() => page.getByText('Results on the projector').isVisible()).toBe(true);
    await page.locator('body').press('l');
    await expect.poll(() => page.getByText('Answers locked').isVisible()).toBe(true);
    const locked = await page.request.post(`${origin}/api/op/response:submit`, {
      headers: { origin },
      data: {
        activityId: sort.id,
        participantId: detail.participants[5]!.id,
        itemKey: sort.config.cards[0]!.id,
        value: { column: sort.config.columns[1]!.id },
      },
    });
    expect(((await locked.json()) as { error: { code: string } }).error.code).toBe('CONFLICT');

    // ? shows every shortcut.
    await page.locator('body').press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'shortcut help');
    await page.keyboard.press('Escape');

    await expectNoSeriousA11yViolations(page, 'console, card sort revealed');
    await shot(page, 'console-cardsort-1920');
    const before = await timerSeconds(page);
    expect(errors).toEqual([]);
    await context.close();

    // The laptop dies mid-activity. Start again: same activity, same state, timer still running from stored times.
    const down = Date.now();
    await session.restart();
    const again = await session.page(SCREEN.laptop);
    await again.page.goto(`${session.serve.origin}/#/run/${w.id}`);
    await expect.poll(() => again.page.locator('#stage-title').innerText()).toBe(sort.title);
    await expect.poll(() => again.page.getByText('Answers locked').isVisible()).toBe(true);
    await expect.poll(() => again.page.getByText('Results on the projector').isVisible()).toBe(true);
    await expect.poll(() => again.page.getByTestId('respondent-count').innerText()).toBe('3 of 10 responded');
    const after = await timerSeconds(again.page);
    const away = Math.round((Date.now() - down) / 1000);
    expect(before - after).toBeGreaterThanOrEqual(away - 2);
    expect(before - after).toBeLessThanOrEqual(away + 3);
    await shot(again.page, 'console-cardsort-1280-after-restart');
    // On a 1280×720 laptop the room panel wraps below the agenda: nothing may cover it when scrolled to.
    const openForPhones = again.page.getByRole('button', { name: 'Open for phones' });
    await openForPhones.scrollIntoViewIfNeeded();
    await openForPhones.click({ trial: true, timeout: 5000 }); // fails when another element would take the click
    await expectNoSeriousA11yViolations(again.page, 'console after restart');
    expect(again.errors).toEqual([]);
    await again.context.close();
  });
});
