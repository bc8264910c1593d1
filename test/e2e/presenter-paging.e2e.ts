import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// Issue #13: the projector never cuts a word, and the facilitator turns its pages from the
// console. A dot vote of 12 long options takes more than one page at 1280×720; the console's
// buttons and ↓/↑ move the presenter window (a separate page, as on a second screen).

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const long = (i: number) => `Option ${i + 1}: leads from the spring webinar series sat in the shared queue for more than a week before anyone called`;

/** Whether the text is wholly inside the paged list's viewport (the part of the flow on screen). */
function onScreen(page: Page, text: string): Promise<boolean> {
  return page
    .getByText(text, { exact: true })
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      const v = el.closest('.cgv-paged-viewport')!.getBoundingClientRect();
      return r.width > 0 && r.left >= v.left - 1 && r.right <= v.right + 1 && r.top >= v.top - 1 && r.bottom <= Math.min(v.bottom, innerHeight) + 1;
    });
}

/** The list has stopped sliding (its page turn is a short transition). */
const settled = (page: Page) => page.waitForFunction(() => [...document.querySelectorAll('.cgv-paged-flow')].every((f) => f.getAnimations().length === 0));

describe('paging the projector from the console', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the console pages the presenter with its buttons and with ↓/↑; the last option comes on screen; axe passes', async () => {
    const serve = session.serve;
    const w = await op<{ id: string }>(serve, 'workshop:create', { title: 'Paging day' });
    await op(serve, 'participant:addMany', { workshopId: w.id, people: ['Ana', 'Ben'].map((name, i) => ({ name, team: i ? 'marketing' : 'sales' })) });
    const options = Array.from({ length: 12 }, (_, i) => ({ id: `o${i}`, text: long(i) }));
    const vote = await op<{ id: string }>(serve, 'activity:add', {
      workshopId: w.id,
      kind: 'dotvote',
      config: { prompt: 'Spend your dots on what costs us deals.', options, dotsPerPerson: 5, maxPerItem: 3 },
    });
    await op(serve, 'run:start', { workshopId: w.id });
    await op(serve, 'run:goto', { workshopId: w.id, activityId: vote.id });

    const presenter = (await session.page(SCREEN.laptop)).page;
    await presenter.goto(`${serve.origin}/#/present/${w.id}`);
    await poll(() => presenter.getByText(long(0)).isVisible()).toBe(true);
    const paged = presenter.locator('.present-main .cgv-paged');
    // The presenter measures its pages once its fonts and layout settle: read the count the console agrees on (below).
    let pages = Number(await paged.getAttribute('data-pages'));
    const last = long(11);
    expect(await onScreen(presenter, last)).toBe(false);

    const { page: console_ } = await session.page(SCREEN.laptop);
    await console_.goto(`${serve.origin}/#/run/${w.id}`);
    const status = console_.getByTestId('projector-page');
    // The presenter reported how many pages it has: the console offers to turn them.
    await poll(async () => {
      pages = Number(await paged.getAttribute('data-pages'));
      return (await status.textContent()) === `Page 1 of ${pages}`;
    }).toBe(true);
    expect(pages, 'twelve long options take more than one page at 1280×720').toBeGreaterThan(1);
    const pager = console_.getByRole('region', { name: 'Projector pages' });
    expect(await pager.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
    await expectNoSeriousA11yViolations(console_, 'console with the projector pages');

    // The console's button: the presenter window moves.
    await pager.getByRole('button', { name: 'Next page' }).click();
    await poll(() => presenter.locator('.cgv-paged-status').textContent()).toContain(`Page 2 of ${pages}`);
    await poll(() => status.textContent()).toBe(`Page 2 of ${pages}`);
    // The console's picture of the projector shows the room's page (as far as its own drawing,
    // at the console's size and type, has pages), and never turns pages by itself.
    const picture = console_.getByTestId('projector-thumbnail').locator('.cgv-paged');
    const picturePages = Number(await picture.getAttribute('data-pages'));
    await poll(() => picture.getAttribute('data-page')).toBe(String(Math.min(2, picturePages)));

    // ↑ on the console goes back, ↓ forward, to the end.
    await console_.locator('#stage-title').focus();
    await console_.keyboard.press('ArrowUp');
    await poll(() => presenter.locator('.cgv-paged-status').textContent()).toContain(`Page 1 of ${pages}`);
    for (let k = 2; k <= pages; k++) {
      await console_.keyboard.press(k % 2 ? 'ArrowDown' : 'PageDown');
      await poll(() => presenter.locator('.cgv-paged-status').textContent()).toContain(`Page ${k} of ${pages}`);
    }
    await settled(presenter);
    expect(await onScreen(presenter, last), 'the last option, hidden on page 1, is on the projector now').toBe(true);
    expect(await onScreen(presenter, long(0))).toBe(false);
    await poll(() => status.textContent()).toBe(`Page ${pages} of ${pages}`);
    expect(await pager.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    // Past the end stays at the end (the core clamps to what the presenter measured).
    await console_.keyboard.press('ArrowDown');
    expect(await op<{ projector: { page: number } }>(serve, 'run:get', { workshopId: w.id })).toMatchObject({ projector: { page: pages } });
    await shot(presenter, 'presenter-paging-last-page');
    await shot(console_, 'console-paging-last-page');

    // The presenter's own keys page the room too: the console follows.
    await presenter.keyboard.press('PageUp');
    await poll(() => status.textContent()).toBe(`Page ${pages - 1} of ${pages}`);

    // Revealing the results is new content: back to page 1.
    await console_.locator('#stage-title').focus();
    await console_.keyboard.press('r');
    await poll(() => presenter.locator('.present-kicker').textContent()).toBe('Results');
    expect(await op<{ projector: { page: number } }>(serve, 'run:get', { workshopId: w.id })).toMatchObject({ projector: { page: 1 } });
  });
});
