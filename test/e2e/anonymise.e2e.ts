import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { manualClock, testCore } from '../helpers/core';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { namedAlignmentDay, ROSTER, type NamedWorkshop } from '../main/core/anonymise-fixture';

// "Anonymise this workshop…" in browser mode on a laptop screen, with the
// keyboard: a finished six-hour day, its title typed to confirm, then the
// roster by team and number, and no name anywhere on the planner page.

describe('anonymising a finished workshop in the browser', () => {
  let session: Session;
  let w: NamedWorkshop;
  const dataDir = tempDir();

  beforeAll(async () => {
    const clock = manualClock('2026-12-03T09:00:00.000Z');
    const core = testCore(dataDir, clock.now);
    w = namedAlignmentDay(core, clock);
    core.close();
    session = await openSession(dataDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('confirms with the title, then shows the labels and when the names were removed', async () => {
    const { page, errors } = await session.page(SCREEN.laptop);
    await page.goto(`${session.serve.origin}/#/export/${w.workshopId}`);
    const open = page.getByRole('button', { name: 'Anonymise this workshop…' });
    await open.scrollIntoViewIfNeeded();
    await shot(page, 'anonymise-card-1280');
    await open.focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('alertdialog', { name: 'Anonymise this workshop' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const field = dialog.getByLabel('Type the workshop title to confirm');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    const confirm = dialog.getByRole('button', { name: 'Anonymise for good' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.keyboard.type(w.title.slice(0, -1));
    expect(await confirm.isDisabled()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'anonymise dialog');
    await shot(page, 'anonymise-dialog-1280');

    await page.keyboard.type(w.title.slice(-1));
    expect(await confirm.isDisabled()).toBe(false);
    await page.keyboard.press('Enter');
    const done = page.getByText(/Names were removed on \d{1,2} \w{3} \d{4}\. 12 people renamed by team\./);
    await expect.poll(() => done.isVisible()).toBe(true);
    await expect.poll(() => done.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page, 'anonymise-done-1280');

    await page.goto(`${session.serve.origin}/#/w/${w.workshopId}`);
    await expect.poll(() => page.getByTestId('names-removed').textContent()).toMatch(/Names were removed on \d{1,2} \w{3} \d{4}\./);
    const names = await page.getByTestId('roster-row').evaluateAll((rows) => rows.map((r) => (r.querySelector('input') as HTMLInputElement).value));
    expect(names).toEqual([...w.expectedLabels.values()]);
    const visible = await page.evaluate(
      () => document.body.innerText + [...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value).join('\n'),
    );
    expect(ROSTER.filter((r) => visible.includes(r.name) || visible.includes(r.role))).toEqual([]);
    await page.getByTestId('names-removed').scrollIntoViewIfNeeded();
    await shot(page, 'anonymise-roster-1280');
    expect(errors).toEqual([]);
  });
});
