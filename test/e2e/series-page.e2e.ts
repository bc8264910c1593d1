import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { differingFields, normaliseWorkshopFile } from '../main/export/workshop-file-compare';
import { op } from './run-e2e-helpers';

// The series page (#18) in real Chromium on browser mode: a series made from the planner, renamed
// (empty and taken titles refused), its next workshop, its file downloaded, deleting refused while
// workshops are in it, workshops moved out from the planner, the series deleted and its file imported
// back from the workshop list: the re-exported file equals the first apart from ids and exportedAt.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

interface SeriesFileJson {
  format: string;
  exportedAt: string;
  series: { id: string; title: string };
  workshops: unknown[];
}
interface SeriesJson {
  id: string;
  title: string;
  workshops: { id: string; title: string }[];
}

/** A series file with what an import changes by design taken out: exportedAt and every id (the series' too, which each workshop names). */
function normaliseSeriesFile(text: string) {
  const seriesId = (JSON.parse(text) as SeriesFileJson).series.id;
  const file = JSON.parse(text.split(seriesId).join('(series id)')) as SeriesFileJson;
  return {
    ...file,
    exportedAt: '(time of export)',
    series: { title: file.series.title },
    workshops: file.workshops.map((w) => normaliseWorkshopFile(JSON.stringify(w))),
  };
}

async function seriesField(page: Page) {
  const details = page.getByRole('region', { name: 'Details' });
  await poll(() => details.isVisible()).toBe(true);
  return { details, select: details.getByLabel('Series', { exact: true }) };
}

describe('the series page in the browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('makes, renames, extends, exports, deletes and imports back a series through the UI', async () => {
    const serve = session.serve;
    const first = await op<{ id: string }>(serve, 'workshop:create', {
      title: 'ACME joint meeting 1',
      date: '2027-03-03',
      goal: 'Agree what a qualified lead is',
    });
    await op(serve, 'participant:addMany', {
      workshopId: first.id,
      people: [
        { name: 'Dana Whitfield', team: 'sales' },
        { name: 'Priya Raman', team: 'marketing' },
      ],
    });
    await op(serve, 'activity:add', { workshopId: first.id, kind: 'leadsort' });
    await op(serve, 'series:create', { title: 'Globex pilot' });

    const { page, errors } = await session.page(SCREEN.laptop);

    // 1. From the planner: a new series by title (an empty one is refused).
    await page.goto(`${serve.origin}/#/w/${first.id}`);
    let field = await seriesField(page);
    await field.select.selectOption({ label: 'A new series…' });
    await field.details.getByRole('button', { name: 'Create series' }).click();
    await poll(() => field.details.getByText('A series needs a title').isVisible()).toBe(true);
    await field.details.getByLabel('New series title').fill('ACME alignment 2027');
    await field.details.getByRole('button', { name: 'Create series' }).click();
    await poll(() => field.details.getByRole('link', { name: 'ACME alignment 2027' }).isVisible()).toBe(true);
    await field.details.getByRole('link', { name: 'ACME alignment 2027' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('ACME alignment 2027');
    const seriesId = /#\/series\/([^/]+)$/.exec(page.url())![1]!;

    // 2. Rename: a taken title (case aside) and an empty one are refused; nothing changes.
    await page.getByRole('button', { name: 'Rename the series ACME alignment 2027' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename series' });
    await rename.getByLabel('Series title').fill('GLOBEX pilot');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await poll(() => rename.getByText('There is already a series called “Globex pilot”. Choose another title.').isVisible()).toBe(true);
    await rename.getByLabel('Series title').fill('');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await poll(() => rename.getByText('A series needs a title').isVisible()).toBe(true);
    expect((await op<SeriesJson>(serve, 'series:get', { id: seriesId })).title).toBe('ACME alignment 2027');
    await rename.getByLabel('Series title').fill('ACME alignment 2027–28');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('ACME alignment 2027–28');

    // 3. The next workshop: its planner says once whose roster it took.
    await page.getByRole('button', { name: 'Next workshop in this series' }).click();
    await poll(() => page.getByText('Roster carried over from “ACME joint meeting 1”.', { exact: false }).isVisible()).toBe(true);
    const secondId = /#\/w\/([^/]+)$/.exec(page.url())![1]!;
    await poll(() => page.getByRole('region', { name: 'Details' }).getByRole('link', { name: 'ACME alignment 2027–28' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'planner of the next workshop');
    await shot(page, 'series-planner-next-1280');
    await page.goto(`${serve.origin}/#/series/${seriesId}`);
    const rows = page.getByTestId('series-workshop-row');
    await poll(() => rows.allTextContents()).toEqual([
      expect.stringMatching(/3 Mar 2027.*ACME joint meeting 1.*Draft/),
      expect.stringMatching(/17 Mar 2027.*ACME joint meeting 2.*Draft/),
    ]);
    await expectNoSeriousA11yViolations(page, 'series page');
    const png = await shot(page, 'series-page-1280');
    expect(readFileSync(png).length).toBeGreaterThan(10_000);

    // 4. Export: Chromium downloads the core's series file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export series' }).click()]);
    expect(download.suggestedFilename()).toBe('acme-alignment-2027-28.common-ground-series.json');
    const downloaded = join(tempDir(), download.suggestedFilename());
    await download.saveAs(downloaded);
    const exported = readFileSync(downloaded, 'utf8');
    expect((JSON.parse(exported) as SeriesFileJson).workshops).toHaveLength(2);

    // 5. Delete is refused while workshops are in it, in the core's words.
    await page.getByRole('button', { name: 'Delete series' }).click();
    await poll(() => page.getByRole('alert').textContent()).toMatch(/still has 2 workshops\. Move them out of the series first; nothing was deleted\./);

    // 6. Move both out from their planners, then the series can go.
    for (const id of [secondId, first.id]) {
      await page.goto(`${serve.origin}/#/w/${id}`);
      field = await seriesField(page);
      await poll(() => field.select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('ACME alignment 2027–28');
      await field.select.selectOption({ label: 'No series' });
      await poll(() => field.details.getByText(/Workshops in a series share a timeline/).isVisible()).toBe(true);
    }
    await page.goto(`${serve.origin}/#/series/${seriesId}`);
    await poll(() => page.getByText('No workshops in this series yet.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Delete series' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Workshops');
    expect((await op<SeriesJson[]>(serve, 'series:list')).map((s) => s.title)).toEqual(['Globex pilot']);

    // 7. Unknown series (an old link): said plainly.
    await page.goto(`${serve.origin}/#/series/${seriesId}`);
    await poll(() => page.getByText('This series no longer exists').isVisible()).toBe(true);

    // 8. Import from the workshop list: a workshop file is refused and nothing changes; the series file comes back whole.
    await page.goto(`${serve.origin}/#/`);
    const input = page.getByLabel('Series file to import');
    const before = await op<SeriesJson[]>(serve, 'series:list');
    await input.setInputFiles({
      name: 'one.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'common-ground.workshop', version: 1 })),
    });
    await poll(() => page.getByRole('alert').textContent()).toMatch(/That file is one workshop, not a series: import it as a workshop\./);
    expect(await op<SeriesJson[]>(serve, 'series:list')).toEqual(before);
    await input.setInputFiles(downloaded);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('ACME alignment 2027–28');
    await poll(() => rows.count()).toBe(2);
    const imported = /#\/series\/([^/]+)$/.exec(page.url())![1]!;
    expect(imported).not.toBe(seriesId);
    const again = await op<{ json: string }>(serve, 'series:export', { id: imported });
    expect(differingFields(normaliseSeriesFile(again.json), normaliseSeriesFile(exported))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
