import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { centre, mouseDrag, openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';

const agendaTitles = (page: Page) =>
  page.locator('[data-testid="agenda-row"]').evaluateAll((rows) => rows.map((r) => (r.querySelector('input.agenda-title-input') as HTMLInputElement).value));

describe('planning a workshop in browser mode', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('creates a workshop, pastes a roster, builds and reorders an agenda, and finds it all after a crash', async () => {
    const { page, errors } = await session.page(SCREEN.desktop);
    await expect.poll(() => page.getByRole('heading', { name: 'Plan your first alignment workshop' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'empty workshop list');
    await shot(page, 'list-empty-1920');

    await page.getByRole('button', { name: 'New workshop' }).click();
    await page.getByLabel('Title').fill('Q1 pipeline alignment');
    await page.getByRole('button', { name: 'Create and open' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/w\//);

    // Roster: three people by paste, with the preview showing what will happen.
    await page.getByRole('button', { name: 'Paste a list' }).click();
    await page.getByLabel('Names, one per line').fill('Dana Lee, Sales, AE\nSam Ortiz\tmarketing\nPriya Shah; other; RevOps');
    await expect.poll(() => page.getByRole('list', { name: 'Will be added' }).getByRole('listitem').count()).toBe(3);
    await expectNoSeriousA11yViolations(page, 'paste dialog');
    await page.getByRole('button', { name: 'Add 3 people' }).click();
    const roster = page.getByRole('list', { name: 'People' });
    await expect.poll(() => roster.getByRole('listitem').count()).toBe(3);

    // Agenda from the library.
    for (const kind of ['Slide / talk', 'Card sort', 'Dot vote', 'Break']) {
      const before = await page.locator('[data-testid="agenda-row"]').count();
      await page.getByRole('button', { name: `Add ${kind}` }).click();
      await expect.poll(() => page.locator('[data-testid="agenda-row"]').count()).toBe(before + 1);
    }
    await page.getByLabel('Title of activity 2').fill('What makes a quality lead?');
    await page.getByLabel('Title of activity 2').blur();
    await expect.poll(() => agendaTitles(page)).toEqual(['Welcome and why we are here', 'What makes a quality lead?', 'Dot vote', 'Break']);
    await expect.poll(() => page.getByText('All changes saved').isVisible()).toBe(true);

    // Reorder by mouse: drag "Break" above "Dot vote".
    const handle = (title: string) => page.getByRole('button', { name: `Reorder ${title}` });
    // (The library is long: adding from its bottom scrolled the page. Back to the top, as a person would.)
    await page.evaluate(() => window.scrollTo(0, 0));
    await mouseDrag(page, await centre(page, handle('Break')), await centre(page, handle('Dot vote')));
    await expect.poll(() => agendaTitles(page)).toEqual(['Welcome and why we are here', 'What makes a quality lead?', 'Break', 'Dot vote']);

    // Reorder by keyboard: pick up the first activity, move it down two, drop.
    await handle('Welcome and why we are here').focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');
    const expected = ['What makes a quality lead?', 'Break', 'Welcome and why we are here', 'Dot vote'];
    await expect.poll(() => agendaTitles(page)).toEqual(expected);
    const announced = await page.locator('[id^="DndLiveRegion"]').allTextContents();
    expect(announced.join(' ')).toMatch(/Welcome and why we are here .*position 3 of 4/);
    expect(announced.join(' ')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/); // never raw ids

    await expect.poll(() => page.getByText('All changes saved').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'planner');
    await shot(page, 'planner-new-1920');
    expect(errors).toEqual([]);
    await page.context().close();

    // The laptop crashes; the facilitator starts again and finds everything.
    await session.restart();
    const again = await session.page(SCREEN.laptop);
    await again.page
      .getByRole('link', { name: /Q1 pipeline alignment/ })
      .first()
      .click();
    await expect.poll(() => agendaTitles(again.page)).toEqual(expected);
    await expect.poll(() => again.page.getByRole('list', { name: 'People' }).getByRole('listitem').count()).toBe(3);
    await expect.poll(() => again.page.getByRole('list', { name: 'People' }).textContent()).toMatch(/Dana Lee.*Sam Ortiz.*Priya Shah/s);
    await shot(again.page, 'planner-new-1280');
    expect(again.errors).toEqual([]);
    await again.context.close();
  });

  it('opens the sample workshop: screenshots at both sizes, no a11y or console errors', async () => {
    for (const [name, size] of [
      ['1920', SCREEN.desktop],
      ['1280', SCREEN.laptop],
    ] as const) {
      const { page, errors, context } = await session.page(size);
      await page
        .getByRole('button', { name: /sample/i })
        .first()
        .click();
      await expect.poll(() => page.locator('[data-testid="agenda-row"]').count()).toBe(7);
      await expect
        .poll(() =>
          page
            .getByText(/1 h 30 min/)
            .first()
            .isVisible(),
        )
        .toBe(true);
      await expectNoSeriousA11yViolations(page, `sample planner ${name}`);
      await shot(page, `planner-sample-${name}`);
      await page.getByRole('link', { name: 'Workshops' }).first().click();
      await expectNoSeriousA11yViolations(page, `workshop list ${name}`);
      await shot(page, `list-${name}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
