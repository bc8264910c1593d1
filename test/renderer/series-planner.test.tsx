import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { href } from '../../src/renderer/app/router';
import { call, dumpRows, testCore } from '../helpers/core';
import { acmeSeries, renderOnCore } from './series-on-core';

// Series in the planner and the workshop list (#18), on the real core: the Series field in Details,
// the one-time "Roster carried over" note, importing a series file, and duplicating a series workshop.

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

const seriesOf = (c: Core, workshopId: string) => call(c, 'series:list', {}).find((s) => s.workshops.some((w) => w.id === workshopId))?.title ?? null;

describe('the planner’s Series field', () => {
  it('shows the series, moves the workshop out of it and into another', async () => {
    const s = acmeSeries();
    core = s.core;
    call(core, 'series:create', { title: 'Globex pilot' });
    renderOnCore(core, href.planner(s.first));
    const field = (await screen.findByLabelText('Series')) as HTMLSelectElement;
    await waitFor(() => expect(field.selectedOptions[0]?.textContent).toBe('ACME alignment 2027'));
    expect(screen.getByRole('link', { name: 'ACME alignment 2027' }).getAttribute('href')).toBe(href.series(s.seriesId));

    fireEvent.change(field, { target: { value: '' } });
    await waitFor(() => expect(seriesOf(core!, s.first)).toBeNull());
    await waitFor(() => expect(field.selectedOptions[0]?.textContent).toBe('No series'));

    fireEvent.change(field, { target: { value: within(field).getByRole('option', { name: 'Globex pilot' }).getAttribute('value') } });
    await waitFor(() => expect(seriesOf(core!, s.first)).toBe('Globex pilot'));
  });

  it('puts the workshop in a new series by title; an empty or taken title is refused and nothing changes', async () => {
    const s = acmeSeries();
    core = s.core;
    renderOnCore(core, href.planner(s.first));
    const field = (await screen.findByLabelText('Series')) as HTMLSelectElement;
    await waitFor(() => expect(field.selectedOptions[0]?.textContent).toBe('ACME alignment 2027'));
    fireEvent.change(field, { target: { value: '__new__' } });
    const title = screen.getByLabelText('New series title');
    const before = dumpRows(core);

    fireEvent.click(screen.getByRole('button', { name: 'Create series' }));
    await screen.findByText('A series needs a title');
    fireEvent.change(title, { target: { value: 'acme ALIGNMENT 2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create series' }));
    await screen.findByText('There is already a series called “ACME alignment 2027”. Choose another title.');
    expect(document.activeElement).toBe(title);
    expect(dumpRows(core)).toBe(before);

    fireEvent.change(title, { target: { value: 'ACME kickoff only' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create series' }));
    await waitFor(() => expect(seriesOf(core!, s.first)).toBe('ACME kickoff only'));
    await waitFor(() => expect(field.selectedOptions[0]?.textContent).toBe('ACME kickoff only'));
    expect(screen.queryByLabelText('New series title')).toBeNull();
  });
});

describe('the next workshop of a series', () => {
  it('says once whose roster it took, and its roster is edited as usual without touching the previous one', async () => {
    const s = acmeSeries();
    core = s.core;
    renderOnCore(core, href.series(s.seriesId));
    fireEvent.click(await screen.findByRole('button', { name: 'Next workshop in this series' }));
    await screen.findByRole('heading', { level: 1, name: 'ACME joint meeting 3' });
    const note = await screen.findByText(/^Roster carried over from “ACME joint meeting 2”\./);
    expect(note.closest('[role="status"]')).toBeTruthy();
    const thirdId = /#\/w\/([^/]+)$/.exec(window.location.hash)![1]!;

    // People join and leave.
    const add = screen.getByRole('form', { name: 'Add a person' });
    fireEvent.change(within(add).getByLabelText('Name'), { target: { value: 'Sam Okafor' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Add' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Dana Whitfield' }));
    await waitFor(() => expect(call(core!, 'workshop:get', { id: thirdId }).participants.map((p) => p.name)).toEqual(['Priya Raman', 'Sam Okafor']));
    expect(call(core, 'workshop:get', { id: s.second }).participants.map((p) => p.name)).toEqual(['Dana Whitfield', 'Priya Raman']);

    // Coming back to the planner later: no note.
    act(() => void (window.location.hash = href.list()));
    await screen.findByRole('heading', { level: 1, name: 'Workshops' });
    act(() => void (window.location.hash = href.planner(thirdId)));
    await screen.findByRole('heading', { level: 1, name: 'ACME joint meeting 3' });
    expect(screen.queryByText(/Roster carried over/)).toBeNull();
  });
});

describe('importing a series file from the workshop list', () => {
  it('imports a series with its workshops and opens its page; a workshop file is refused in the core’s words', async () => {
    const source = acmeSeries();
    const file = call(source.core, 'series:export', { id: source.seriesId });
    source.core.close();
    core = testCore();
    const { store } = renderOnCore(core, href.list());
    // The empty list (a fresh data folder) offers it too.
    await waitFor(() => expect(store.getState().workshops.status).toBe('ready'));
    const input = screen.getByLabelText('Series file to import') as HTMLInputElement;

    const before = dumpRows(core);
    const workshopFile = new File([JSON.stringify({ format: 'common-ground.workshop', version: 1 })], 'one.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [workshopFile] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/That file is one workshop, not a series: import it as a workshop\./);
    expect(dumpRows(core)).toBe(before);

    fireEvent.change(input, { target: { files: [new File([file.json], file.fileName, { type: 'application/json' })] } });
    await screen.findByRole('heading', { level: 1, name: 'ACME alignment 2027' });
    expect(screen.getAllByTestId('series-workshop-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('ACME joint meeting 1'),
      expect.stringContaining('ACME joint meeting 2'),
    ]);
  });
});

describe('duplicating a workshop of a series', () => {
  it('makes a standalone copy and says so; the series’ timeline is unchanged', async () => {
    const s = acmeSeries();
    core = s.core;
    renderOnCore(core, href.list());
    await screen.findByRole('article', { name: 'ACME alignment 2027' });
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate ACME joint meeting 1' }));
    await screen.findByText(
      'Made a copy: “ACME joint meeting 1 (copy)”. It is not in the series “ACME alignment 2027”: add it from Series in its details if it belongs there.',
    );
    const copy = call(core, 'workshop:list', {}).find((w) => w.title === 'ACME joint meeting 1 (copy)')!;
    expect(seriesOf(core, copy.id)).toBeNull();
    expect(call(core, 'series:get', { id: s.seriesId }).workshops.map((w) => w.id)).toEqual([s.first, s.second]);
  });
});
