import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREEN, expectNoSeriousA11yViolations } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';
import { describeFailure, findMissing, floorFor, measureScreen } from '../visual/layout-measure';

// Sorts where Marketing has fewer people than the workshop's anonymity threshold: the team
// split stays hidden and the projector shows the whole room instead. Like the comparison it
// stands in for, that screen fits and pages: every signal (every KPI) is reachable with
// PageDown, nothing is cut on any page, and it says in words why there are no teams.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const SIZES = [SCREEN.desktop, SCREEN.laptop];
/** On the screen once the results are up. */
const READY = { leadsort: 'What makes a quality lead?', kpisort: 'Who owns which number' };

interface Sort {
  id: string;
  config: { cards: { id: string; text: string }[]; columns: { id: string; text: string }[] };
}

describe('sort results with a team below the anonymity threshold', () => {
  let session: Session;
  let workshopId = '';
  const sorts: Record<'leadsort' | 'kpisort', Sort> = {} as never;
  beforeAll(async () => {
    session = await openSession(tempDir());
    const serve = session.serve;
    const w = await op<{ id: string }>(serve, 'workshop:create', { title: 'Small Marketing team', anonymityThreshold: 3 });
    workshopId = w.id;
    // 20 from Sales, 2 from Marketing (below 3).
    const people = await op<{ id: string; team: string }[]>(serve, 'participant:addMany', {
      workshopId,
      people: Array.from({ length: 22 }, (_, i) => ({ name: `Person ${i + 1}`, team: i < 20 ? 'sales' : 'marketing' })),
    });
    for (const kind of ['leadsort', 'kpisort'] as const) sorts[kind] = await op<Sort>(serve, 'activity:add', { workshopId, kind });
    expect(sorts.leadsort.config.cards).toHaveLength(26);
    await op(serve, 'run:start', { workshopId });
    // Cards 1-20: everyone in the column k % 3. Cards 21 on: half in the first column, half in the second (a tie).
    for (const sort of Object.values(sorts)) {
      const { cards, columns } = sort.config;
      for (const [i, p] of people.entries())
        for (const [k, card] of cards.entries()) {
          const column = k < 20 ? columns[k % 3]! : columns[i % 2]!;
          await op(serve, 'response:submit', { activityId: sort.id, participantId: p.id, itemKey: card.id, value: { column: column.id } });
        }
      await op(serve, 'run:set', { activityId: sort.id, revealed: true });
    }
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The presenter at `size` on the sort's results, on page 1 (the room's page is kept between sizes). */
  async function openPresenter(kind: keyof typeof sorts, size: { width: number; height: number }) {
    await op(session.serve, 'run:goto', { workshopId, activityId: sorts[kind].id });
    const opened = await session.page(size, { reducedMotion: 'reduce' });
    const page = opened.page;
    await page.goto(`${session.serve.origin}/#/present/${workshopId}`);
    await poll(() => page.getByText(READY[kind]).first().isVisible()).toBe(true);
    await op(session.serve, 'run:page', { workshopId, delta: -200 });
    await poll(() => page.evaluate(() => document.querySelector('.cgv-paged')?.getAttribute('data-page') ?? '1')).toBe('1');
    return { page, context: opened.context };
  }

  /**
   * Pages through with PageDown as the facilitator's clicker does: on every page nothing clipped,
   * no scrolling, no text under the floor. Returns the cards never shown whole on any page.
   */
  async function pageThrough(page: Page, kind: keyof typeof sorts, size: { width: number; height: number }) {
    const pages = Number((await page.evaluate(() => document.querySelector('.cgv-paged')?.getAttribute('data-pages'))) ?? 1);
    if (pages > 1) await poll(() => page.locator('.cgv-paged-status').textContent()).toContain(`Page 1 of ${pages}`);
    const floor = floorFor(size);
    const failures: string[] = [];
    let visited = 0;
    const missing = await findMissing(
      page,
      sorts[kind].config.cards.map((c) => c.text),
      async (n) => {
        visited = n;
        const line = describeFailure(
          `${kind} small team @${size.width}×${size.height} page ${n}`,
          { ...(await measureScreen(page, floor, false)), axe: [] },
          floor,
        );
        if (line) failures.push(line);
        if (n === 1) await shot(page, `${kind}-small-team-${size.width}x${size.height}`);
      },
    );
    expect(failures).toEqual([]);
    expect(missing).toEqual([]);
    expect(visited).toBe(pages);
  }

  for (const size of SIZES) {
    it(`lead sort at ${size.width}×${size.height}: the whole room, every signal reachable by paging, nothing cut, why in words`, async () => {
      const { page, context } = await openPresenter('leadsort', size);
      const lead = sorts.leadsort;
      try {
        await expectNoSeriousA11yViolations(page, `lead sort small team ${size.width}×${size.height}`);
        await pageThrough(page, 'leadsort', size);

        // Why there is no comparison, in words, with the threshold.
        expect(await page.getByText('fewer than 3 people from Marketing answered', { exact: false }).first().isVisible()).toBe(true);
        // Overall only: one bar per signal, no team's bar anywhere in the list.
        const list = page.getByRole('region', { name: /Every signal/ });
        expect(await list.locator('li').count()).toBe(26);
        expect(await list.locator('.cgv-team-sales, .cgv-team-marketing, .cgv-cell-team').count()).toBe(0);
        // The headline: each count beside its column's name; the six tied signals said as such.
        const verdicts = page.getByRole('list', { name: 'Signals by the column most people chose' });
        const [quality, not, depends] = lead.config.columns.map((c) => c.text);
        expect((await verdicts.locator('li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
          `7 ${quality}`,
          `7 ${not}`,
          `6 ${depends}`,
        ]);
        expect(await page.getByText(/26 signals by the column most of the 22 people chose; 6 tied/).isVisible()).toBe(true);
        // The most divided (the tied ones, signals 21-26) come first.
        expect((await list.locator('li .cgx-card-text').first().textContent())?.trim()).toBe(lead.config.cards[20]!.text);
      } finally {
        await context.close();
      }
    });

    it(`KPI sort at ${size.width}×${size.height}: who most of the room says owns each KPI, every KPI reachable by paging, nothing cut`, async () => {
      const { page, context } = await openPresenter('kpisort', size);
      try {
        await expectNoSeriousA11yViolations(page, `KPI sort small team ${size.width}×${size.height}`);
        await pageThrough(page, 'kpisort', size);
        expect(await page.getByText('fewer than 3 people from Marketing answered', { exact: false }).first().isVisible()).toBe(true);
        expect(
          await page
            .getByRole('region', { name: /Every KPI/ })
            .locator('tbody tr')
            .count(),
        ).toBe(sorts.kpisort.config.cards.length);
      } finally {
        await context.close();
      }
    });
  }
});
