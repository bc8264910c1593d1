import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';

// The focus rule (#15) for sighted keyboard users: after a route change into the planner the
// keyboard is on its h1, which is visually hidden (the visible title is an editable field). The
// focus must still be seen: while the hidden heading has the keyboard, the title it stands for
// wears the focus ring, clear of the app bar.

describe('planner heading focus is visible', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('Enter on Sample…: the hidden h1 has the keyboard and the visible title shows a 2 px focus ring (1280×720)', async () => {
    const { page, errors } = await session.page(SCREEN.laptop);
    await page.getByRole('button', { name: /^Sample:/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const ring = await page.evaluate(() => {
      const h1 = document.activeElement as HTMLElement;
      const shown = h1.nextElementSibling as HTMLElement;
      const style = getComputedStyle(shown);
      const box = shown.getBoundingClientRect();
      const bar = document.querySelector('header')?.getBoundingClientRect();
      return {
        headingWidth: h1.getBoundingClientRect().width,
        focusVisible: h1.matches(':focus-visible'),
        shownText: (shown.querySelector('input') as HTMLInputElement | null)?.value ?? '',
        outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth)}`,
        inView: box.top >= (bar?.bottom ?? 0) && box.bottom <= innerHeight && box.width > 100,
      };
    });
    await shot(page, 'planner-heading-focus-1280');
    expect(ring.headingWidth).toBeLessThanOrEqual(1); // still visually hidden
    expect(ring.focusVisible).toBe(true);
    expect(ring.shownText).toMatch(/^Sample: Sales & Marketing alignment kickoff/);
    expect(ring.outline).toBe('solid 2');
    expect(ring.inView).toBe(true);

    // Tab on: the ring goes with the keyboard to the title field itself.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1 + *')!).outlineStyle)).toBe('none');
    expect(errors).toEqual([]);
  });
});
