import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';
import { answerAll, measureOverflow, seededDay } from './reflow-helpers';

// Reflow (WCAG 1.4.10, issue #15): a facilitator who zooms to 200 % on a
// 1280×720 laptop (640×360 CSS px at device scale 2), or plans on a small
// phone (320 px wide), reads every screen top to bottom without scrolling
// sideways. The presenter (#/present) is a fixed canvas and is exempt.

const SIZES = [
  { label: '640x360@2x', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 },
  { label: '320x640', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
] as const;
/** The roles in Chromium's own accessibility tree (what a screen reader is given), in document order. */
async function axRoles(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; ignored?: boolean }[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => String(n.role?.value ?? ''));
}

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('every facilitator screen reflows at 320 CSS px', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has no sideways scrolling on any screen, dialog or panel, at 640×360 (200 %) and 320×640', { timeout: 600_000 }, async () => {
    const serve = session.serve;
    const origin = serve.origin;
    const problems: string[] = [];
    const checked: string[] = [];

    for (const size of SIZES) {
      const { page, errors, context } = await session.page(size.viewport, { deviceScaleFactor: size.deviceScaleFactor });
      const check = async (screen: string) => {
        // Let layout settle (fonts, container queries, a dialog's entrance).
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5000 }).catch(() => undefined);
        const o = await measureOverflow(page);
        checked.push(`${size.label} ${screen}`);
        if (o.scrollWidth > o.clientWidth || o.outside.length) {
          problems.push(`${size.label} ${screen}: page ${o.scrollWidth} px wide in ${o.clientWidth}; outside: ${o.outside.join('; ')}`);
        }
        if (o.overlapping.length) problems.push(`${size.label} ${screen}: controls drawn over each other: ${o.overlapping.join('; ')}`);
        await shot(page, `reflow-${size.label}-${screen}`);
      };
      const dialog = async (screen: string, open: () => Promise<void>) => {
        await open();
        await poll(() => page.getByRole('dialog').or(page.getByRole('alertdialog')).first().isVisible()).toBe(true);
        await check(screen);
        await page.keyboard.press('Escape');
        await poll(() => page.getByRole('dialog').or(page.getByRole('alertdialog')).count()).toBe(0);
      };

      // The first visit: nothing planned yet (both sizes look before anything is seeded).
      if (size === SIZES[0]) {
        for (const other of SIZES) {
          await page.setViewportSize(other.viewport);
          await poll(() => page.getByRole('heading', { name: 'Plan your first alignment workshop' }).isVisible()).toBe(true);
          await check(`list-empty-${other.label}`);
        }
        await page.setViewportSize(size.viewport);
      }
      await page.goto(`${origin}/#/nope`);
      await poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      await check('not-found');

      // A seeded day: the alignment template, fourteen people, and a trashed workshop.
      const { workshopId, detail } = await seededDay(serve);
      const spare = await op<{ id: string }>(serve, 'workshop:create', { title: `A quarterly pipeline review we moved to the trash (${size.label})` });
      await op(serve, 'workshop:trash', { id: spare.id });

      await page.goto(`${origin}/#/`);
      await poll(() =>
        page
          .getByRole('link', { name: /Sales & Marketing alignment day/ })
          .first()
          .isVisible(),
      ).toBe(true);
      await check('list');
      // Each workshop's row is a card now, and still a row of a table to a screen reader (Chromium's own accessibility tree).
      const tree = await axRoles(context, page);
      const workshops = await page.locator('[data-testid="workshop-row"]').count();
      expect(tree.filter((r) => r === 'table').length, 'the workshop list is still a table').toBe(1);
      expect(tree.filter((r) => r === 'row').length, 'a header row and a row per workshop').toBe(1 + workshops);
      expect(tree.filter((r) => r === 'columnheader').length, 'its column headers').toBe(6);
      expect(tree.filter((r) => r === 'cell').length, 'six cells per workshop').toBe(6 * workshops);
      await dialog('list-new-workshop', () => page.getByRole('button', { name: 'New workshop' }).click());
      await dialog('list-templates', () =>
        page
          .getByRole('button', { name: /template/i })
          .first()
          .click(),
      );
      await page.goto(`${origin}/#/trash`);
      await poll(() =>
        page
          .getByRole('button', { name: /^Restore/ })
          .first()
          .isVisible(),
      ).toBe(true);
      await check('trash');
      await dialog('trash-delete-forever', () =>
        page
          .getByRole('button', { name: /^Delete .* forever$/ })
          .first()
          .click(),
      );

      // The planner: agenda, an open activity's settings, the roster, the library, and its dialogs.
      await page.goto(`${origin}/#/w/${workshopId}`);
      await poll(() => page.locator('[data-testid="agenda-row"]').count()).toBe(detail.activities.length);
      await check('planner');
      // Every kind's settings (the first activity of each kind).
      for (const a of detail.activities.filter((x, i, all) => all.findIndex((y) => y.kind === x.kind) === i)) {
        const open = page.getByRole('button', { name: `Settings and notes for ${a.title}` });
        await open.click();
        await poll(() => page.locator('.config-panel').first().isVisible()).toBe(true);
        await check(`planner-config-${a.kind}`);
        await open.click();
      }
      await page.getByRole('list', { name: 'People' }).scrollIntoViewIfNeeded();
      await check('planner-roster');
      await dialog('planner-paste-roster', () => page.getByRole('button', { name: 'Paste a list' }).click());
      await dialog('planner-guide', () =>
        page
          .getByRole('button', { name: /^Facilitator guide/ })
          .first()
          .click(),
      );
      await dialog('planner-save-template', () => page.getByRole('button', { name: 'Save as template' }).click());

      // The console: before the start, on every interactive activity with answers in and results shown, and after the end.
      await page.goto(`${origin}/#/run/${workshopId}`);
      await poll(() => page.getByRole('button', { name: 'Start the workshop' }).isVisible()).toBe(true);
      await check('console-idle');
      await page.getByRole('button', { name: 'Start the workshop' }).click();
      const stage = page.locator('#stage-title');
      for (const a of detail.activities.filter((x) => !['slide', 'break'].includes(x.kind))) {
        await op(serve, 'run:goto', { workshopId, activityId: a.id });
        await answerAll(serve, workshopId, detail.participants, a);
        await poll(() => stage.innerText()).toBe(a.title);
        await poll(() => page.getByTestId('respondent-count').innerText()).toBe(`12 of ${detail.participants.length} responded`);
        await page.getByRole('button', { name: 'Reveal results' }).click();
        await poll(() => page.getByRole('button', { name: 'Hide results' }).isVisible()).toBe(true);
        await check(`console-${a.kind}`);
      }
      await dialog('console-shortcuts', () => page.keyboard.press('?'));
      // In one column the stage comes first, and Tab goes there first too (not to the agenda at the bottom).
      await page.getByRole('button', { name: 'End workshop' }).focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.console-grid > *')?.className), 'first stop after the header').toBe('console-main');

      // The in-room page: who is answering, then the lead sort.
      const lead = detail.activities.find((a) => a.kind === 'leadsort')!;
      await op(serve, 'run:goto', { workshopId, activityId: lead.id });
      const owen = detail.participants.find((p) => p.name === 'Owen')!;
      await op(serve, 'response:submit', { activityId: lead.id, participantId: owen.id, itemKey: 'sig1', value: { column: 'depends' } });
      await page.goto(`${origin}/#/participate/${workshopId}`);
      await poll(() => page.getByRole('heading', { level: 1, name: 'Who’s answering?' }).isVisible()).toBe(true);
      await check('participate-picker');
      await page.getByRole('button', { name: 'Owen' }).click();
      await poll(() => page.getByRole('heading', { level: 1, name: lead.title }).isVisible()).toBe(true);
      await check('participate-leadsort');
      await page
        .getByRole('button', { name: /^Depends on what\? for/ })
        .first()
        .click();
      await poll(() => page.getByLabel('Depends on what? (optional)').isVisible()).toBe(true);
      await check('participate-leadsort-note');

      // The end of the day, and the export.
      await page.goto(`${origin}/#/run/${workshopId}`);
      await page.getByRole('button', { name: 'End workshop' }).click();
      await poll(() => page.getByRole('alertdialog').isVisible()).toBe(true);
      await check('console-end-confirm');
      await page.getByRole('alertdialog').getByRole('button', { name: 'End workshop' }).click();
      await poll(() => page.getByRole('button', { name: 'Resume the workshop' }).isVisible()).toBe(true);
      await check('console-ended');
      await page.goto(`${origin}/#/export/${workshopId}`);
      await poll(() => page.getByRole('heading', { level: 1 }).first().isVisible()).toBe(true);
      await check('export');

      expect(errors).toEqual([]);
      await context.close();
    }
    console.info(`reflow: checked ${checked.length} screens`);
    expect(problems).toEqual([]);
  });
});
