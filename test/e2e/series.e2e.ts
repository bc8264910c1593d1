import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// Series (#18) in a real browser: put a workshop in a new series from the list, make the next
// workshop with one click, and see both on the series' timeline.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('series in the browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('creates a series, makes the next workshop with one click and shows it on the timeline', async () => {
    const serve = session.serve;
    const w = await op<{ id: string }>(serve, 'workshop:create', { title: 'ACME joint meeting 1', date: '2027-03-03' });
    await op(serve, 'participant:addMany', {
      workshopId: w.id,
      people: [
        { name: 'Dana Whitfield', team: 'sales' },
        { name: 'Priya Raman', team: 'marketing' },
      ],
    });
    await op(serve, 'activity:add', { workshopId: w.id, kind: 'leadsort' });

    const { page, errors } = await session.page(SCREEN.laptop);
    await page.goto(`${serve.origin}/#/`);
    await page.getByRole('button', { name: 'Series of ACME joint meeting 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Series' });
    await poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Series', { exact: true }).selectOption({ label: 'A new series…' });
    await dialog.getByLabel('New series title').fill('ACME alignment 2027');
    await expectNoSeriousA11yViolations(page, 'series dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await poll(() => dialog.isVisible()).toBe(false);

    const timeline = page.getByRole('article', { name: 'ACME alignment 2027' });
    await poll(() => timeline.getByRole('listitem').count()).toBe(1);
    await timeline.getByRole('button', { name: 'Next workshop in this series' }).click();
    // One click opens the new workshop's planner.
    await poll(() => page.url()).toMatch(/#\/w\/[^/]+$/);
    const nextId = /#\/w\/([^/]+)$/.exec(page.url())![1]!;
    const detail = await op<{ participants: { name: string; team: string }[]; activities: { kind: string }[] }>(serve, 'workshop:get', { id: nextId });
    expect(detail.participants.map((p) => [p.name, p.team])).toEqual([
      ['Dana Whitfield', 'sales'],
      ['Priya Raman', 'marketing'],
    ]);
    expect(detail.activities.map((a) => a.kind)).toEqual(['leadsort']);

    await page.goto(`${serve.origin}/#/`);
    await poll(() => timeline.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/Wed,? 3 Mar 2027\s*ACME joint meeting 1\s*Draft/),
      expect.stringMatching(/Wed,? 17 Mar 2027\s*ACME joint meeting 2\s*Draft/),
    ]);
    await expectNoSeriousA11yViolations(page, 'workshop list with a series');
    await shot(page, 'series-timeline-1280');
    expect(errors).toEqual([]);
  });
});
