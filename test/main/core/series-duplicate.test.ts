import { describe, expect, it } from 'vitest';
import { call, dumpRows, testCore } from '../../helpers/core';

// workshop:duplicate and series (#18). A copy starts standalone: a facilitator copies a workshop to reuse its
// plan (often for another client or another team), and a copy that joined the series would sit on its timeline
// on the same date as the original, be counted in its trends and have its commitments reviewed as if it had
// happened. The series grows with "Next workshop in this series"; a copy that does belong is moved in by hand.

function seriesOfTwo() {
  const core = testCore();
  const first = call(core, 'workshop:create', { title: 'ACME joint meeting 1', date: '2027-03-03' });
  call(core, 'participant:add', { workshopId: first.id, name: 'Dana Whitfield', team: 'sales' });
  const series = call(core, 'series:create', { title: 'ACME alignment 2027', workshopId: first.id });
  const second = call(core, 'series:nextWorkshop', { workshopId: first.id });
  return { core, seriesId: series.id, first: first.id, second: second.id };
}

const seriesIdOf = (core: ReturnType<typeof testCore>, workshopId: string) =>
  call(core, 'series:list', {}).find((s) => s.workshops.some((w) => w.id === workshopId))?.id ?? null;

describe('duplicating a workshop of a series', () => {
  it('makes a standalone copy, and leaves the series’ timeline as it was', () => {
    const { core, seriesId, first, second } = seriesOfTwo();
    const copy = call(core, 'workshop:duplicate', { id: first });
    expect(copy.title).toBe('ACME joint meeting 1 (copy)');
    expect(seriesIdOf(core, copy.id)).toBeNull();
    expect(call(core, 'series:get', { id: seriesId }).workshops.map((w) => w.id)).toEqual([first, second]);
    // It keeps the people, and can be moved into the series when it does belong there.
    expect(call(core, 'workshop:get', { id: copy.id }).participants.map((p) => p.name)).toEqual(['Dana Whitfield']);
    call(core, 'workshop:setSeries', { workshopId: copy.id, seriesId });
    expect(seriesIdOf(core, copy.id)).toBe(seriesId);
    core.close();
  });
});

describe('the next workshop’s roster', () => {
  it('is its own: people join, leave and change team without touching the previous workshop', () => {
    const { core, first, second } = seriesOfTwo();
    const before = call(core, 'workshop:get', { id: first }).participants;
    const [dana] = call(core, 'workshop:get', { id: second }).participants;
    call(core, 'participant:update', { id: dana!.id, patch: { team: 'marketing', role: 'Field marketing' } });
    call(core, 'participant:add', { workshopId: second, name: 'Sam Okafor', team: 'sales' });
    expect(call(core, 'workshop:get', { id: second }).participants.map((p) => [p.name, p.team])).toEqual([
      ['Dana Whitfield', 'marketing'],
      ['Sam Okafor', 'sales'],
    ]);
    call(core, 'participant:remove', { id: dana!.id });
    expect(call(core, 'workshop:get', { id: first }).participants).toEqual(before);
    core.close();
  });
});

describe('series titles at the boundary', () => {
  it('refuses a title over 200 characters, and a rename of a series that does not exist, changing nothing', () => {
    const { core, seriesId } = seriesOfTwo();
    const before = dumpRows(core);
    const long = core.dispatch('series:rename', { id: seriesId, title: 'x'.repeat(201) });
    expect(long.ok ? null : long.error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/under 200 characters/) });
    const created = core.dispatch('series:create', { title: 'y'.repeat(201) });
    expect(created.ok ? null : created.error.code).toBe('VALIDATION');
    const unknown = core.dispatch('series:get', { id: 'no-such-series' });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/series was not found/) });
    expect(dumpRows(core)).toBe(before);
    core.close();
  });
});
