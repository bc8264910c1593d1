import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';

// A facilitator checks the agenda on a phone (390×844): the planner fits the
// screen, the list editors are usable, and "Run workshop" opens the console.

const pageWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);
const signalCount = (page: Page) =>
  page
    .getByRole('group', { name: /^Lead signals/ })
    .locator('li[data-row-id]')
    .count();

describe('the planner on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('fits 390 px, validates a new row only once touched, clears and restores a list, and runs the workshop', async () => {
    const { page, errors, context } = await session.page(SCREEN.phone, { hasTouch: true, isMobile: true });
    await page.getByRole('button', { name: /^Sample/ }).click();
    await expect.poll(() => page.locator('[data-testid="agenda-row"]').count()).toBe(7);
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(page, 'planner at 390');
    await shot(page, 'planner-phone-390');

    // The lead sort's settings: 26 example signals, each input as wide as the row allows.
    await page.getByRole('button', { name: 'Settings and notes for What makes a quality lead?' }).click();
    await expect.poll(() => signalCount(page)).toBe(26);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    const first = page.getByLabel('Lead signals: item 1', { exact: true });
    const editor = page.locator('.config-editor');
    const [firstBox, editorBox] = [await first.boundingBox(), await editor.boundingBox()];
    expect(firstBox!.width).toBeGreaterThan(editorBox!.width * 0.7);

    // A new blank row is not an error before anyone typed in it …
    await page.getByRole('button', { name: '+ Add a signal' }).click();
    await expect.poll(() => signalCount(page)).toBe(27);
    const blank = page.getByLabel('Lead signals: item 27', { exact: true });
    await expect.poll(() => blank.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.getByText('Not saved yet').count()).toBe(0);
    expect(await page.getByText('An item needs some text').count()).toBe(0);
    expect(await blank.getAttribute('aria-invalid')).not.toBe('true');
    // … but leaving it empty says what to do.
    await blank.blur();
    await expect.poll(() => blank.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText(/Type a signal or remove this row/).isVisible()).toBe(true);

    // Clear all empties the list in one tap; Undo brings the 26 back.
    await page.getByRole('button', { name: 'Clear all lead signals' }).click();
    await expect.poll(() => signalCount(page)).toBe(0);
    await expect.poll(() => page.getByText('Removed all 26 lead signals.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => signalCount(page)).toBe(26);
    expect(await first.inputValue()).toBe('Requested a demo');
    await expect.poll(() => page.getByText('All changes saved').isVisible()).toBe(true);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(page, 'lead sort settings at 390');

    // The facilitator guide opens in a dialog that fits the phone; Escape closes it and focus returns.
    const guideButton = page.getByRole('button', { name: 'Facilitator guide: Lead-quality sort' });
    await guideButton.scrollIntoViewIfNeeded();
    await guideButton.click();
    const dialog = page.getByRole('dialog', { name: 'Facilitator guide: Lead-quality sort' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await dialog.getByRole('heading', { name: 'How to run it' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'guide dialog at 390');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => guideButton.evaluate((el) => el === document.activeElement)).toBe(true);

    // "Run workshop" is on screen once scrolled to, and opens the console.
    await page.evaluate(() => window.scrollTo(0, 0));
    const run = page.getByRole('link', { name: 'Run workshop' });
    await run.scrollIntoViewIfNeeded();
    const runBox = (await run.boundingBox())!;
    expect(runBox.x).toBeGreaterThanOrEqual(0);
    expect(runBox.x + runBox.width).toBeLessThanOrEqual(390);
    expect(runBox.y).toBeGreaterThanOrEqual(0);
    expect(runBox.y + runBox.height).toBeLessThanOrEqual(844);
    await run.tap();
    await expect.poll(() => page.url()).toMatch(/#\/run\//);
    await expect.poll(() => page.getByRole('button', { name: 'Start the workshop' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the guide on a laptop in a dialog wider than the library column', async () => {
    for (const size of [SCREEN.laptop, SCREEN.desktop]) {
      const { page, errors, context } = await session.page(size);
      await page
        .getByRole('link', { name: /^Sample/ })
        .first()
        .click();
      await expect.poll(() => page.locator('[data-testid="agenda-row"]').count()).toBe(7);
      expect(await pageWidth(page)).toBeLessThanOrEqual(size.width);
      const item = page.locator('.library-item').filter({ hasText: 'Lead-quality sort' });
      const itemWidth = (await item.boundingBox())!.width;
      await page.getByRole('button', { name: 'Facilitator guide: Lead-quality sort' }).click();
      const dialog = page.getByRole('dialog', { name: 'Facilitator guide: Lead-quality sort' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect((await dialog.boundingBox())!.width).toBeGreaterThan(itemWidth * 1.5);
      await expectNoSeriousA11yViolations(page, `guide dialog at ${size.width}`);
      await shot(page, `planner-guide-${size.width}`);
      await page.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
