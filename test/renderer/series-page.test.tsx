import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../src/main/core';
import { href } from '../../src/renderer/app/router';
import { call, dumpRows, testCore } from '../helpers/core';
import { acmeSeries, renderOnCore } from './series-on-core';

// The series page (#18) on the real core: title and rename, the timeline with its links, the next
// workshop, export, and delete (refused by the core while workshops are in it).

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
  vi.restoreAllMocks();
});

const h1 = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('the series page', () => {
  it('shows the title, the timeline with links to plan, run and export each workshop, and a Trends section', async () => {
    const s = acmeSeries();
    core = s.core;
    renderOnCore(core, href.series(s.seriesId));
    await h1('ACME alignment 2027');
    expect(screen.getByText(/^2 workshops, Wed,? 3 Mar 2027 to Wed,? 17 Mar 2027\.$/)).toBeTruthy();
    const rows = screen.getAllByTestId('series-workshop-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/Wed,? 3 Mar 2027.*ACME joint meeting 1.*Draft/),
      expect.stringMatching(/Wed,? 17 Mar 2027.*ACME joint meeting 2.*Draft/),
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Plan ACME joint meeting 1' }).getAttribute('href')).toBe(href.planner(s.first));
    expect(within(rows[0]!).getByRole('link', { name: 'Run ACME joint meeting 1' }).getAttribute('href')).toBe(href.run(s.first));
    expect(within(rows[1]!).getByRole('link', { name: 'Export ACME joint meeting 2' }).getAttribute('href')).toBe(href.export(s.second));
    expect(await screen.findByRole('heading', { level: 2, name: 'Trends across the series' })).toBeTruthy();
  });

  it('renames the series; an empty or taken title gets a clear error and changes nothing', async () => {
    const s = acmeSeries();
    core = s.core;
    call(core, 'series:create', { title: 'Globex pilot' });
    renderOnCore(core, href.series(s.seriesId));
    await h1('ACME alignment 2027');
    fireEvent.click(screen.getByRole('button', { name: 'Rename the series ACME alignment 2027' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename series' });
    const field = within(dialog).getByLabelText('Series title');
    const before = dumpRows(core);

    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await within(dialog).findByText('A series needs a title');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(field, { target: { value: 'globex PILOT' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await within(dialog).findByText('There is already a series called “Globex pilot”. Choose another title.');
    expect(dumpRows(core)).toBe(before);

    fireEvent.change(field, { target: { value: 'ACME alignment 2027–28' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await h1('ACME alignment 2027–28');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(call(core, 'series:get', { id: s.seriesId }).title).toBe('ACME alignment 2027–28');
  });

  it('refuses to delete a series with workshops in it, in the core’s words, and deletes it once empty', async () => {
    const s = acmeSeries();
    core = s.core;
    renderOnCore(core, href.series(s.seriesId));
    await h1('ACME alignment 2027');
    const before = dumpRows(core);
    fireEvent.click(screen.getByRole('button', { name: 'Delete series' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(' The series “ACME alignment 2027” still has 2 workshops. Move them out of the series first; nothing was deleted.');
    expect(dumpRows(core)).toBe(before);

    // Another window moves both out: the page follows, and now the series can go.
    act(() => {
      call(core!, 'workshop:setSeries', { workshopId: s.first, seriesId: null });
      call(core!, 'workshop:setSeries', { workshopId: s.second, seriesId: null });
    });
    await screen.findByText('No workshops in this series yet.');
    expect(screen.queryByRole('button', { name: 'Next workshop in this series' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete series' }));
    await h1('Workshops');
    expect(call(core, 'series:list', {})).toEqual([]);
    expect(await screen.findByText('The series “ACME alignment 2027” was deleted.')).toBeTruthy();
  });

  it('exports the series as the core’s .common-ground-series.json file', async () => {
    const s = acmeSeries();
    core = s.core;
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:series');
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderOnCore(core, href.series(s.seriesId));
    await h1('ACME alignment 2027');
    fireEvent.click(screen.getByRole('button', { name: 'Export series' }));
    await waitFor(() => expect(names).toEqual(['acme-alignment-2027.common-ground-series.json']));
    const file = JSON.parse(await blobs[0]!.text()) as { format: string; series: { title: string }; workshops: { workshop: { title: string } }[] };
    expect(file.format).toBe('common-ground.series');
    expect(file.series.title).toBe('ACME alignment 2027');
    expect(file.workshops.map((w) => w.workshop.title)).toEqual(['ACME joint meeting 1', 'ACME joint meeting 2']);
  });

  it('says so when the series does not exist (an old link)', async () => {
    core = testCore();
    renderOnCore(core, href.series('no-such-series'));
    expect(await screen.findByText('This series no longer exists')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to your workshops' })).toBeTruthy();
  });

  it('the series cards on the workshop list link to the series page; an emptied series stays reachable', async () => {
    const s = acmeSeries();
    core = s.core;
    const empty = call(core, 'series:create', { title: 'Globex pilot' });
    renderOnCore(core, href.list());
    const card = await screen.findByRole('article', { name: 'ACME alignment 2027' });
    expect(within(card).getByRole('link', { name: 'ACME alignment 2027' }).getAttribute('href')).toBe(href.series(s.seriesId));
    expect(screen.getByRole('link', { name: 'Globex pilot' }).getAttribute('href')).toBe(href.series(empty.id));
  });
});
