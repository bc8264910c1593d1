import { describe, expect, it } from 'vitest';
import { call, dumpRows, testCore } from '../../helpers/core';
import { QUALIFIED, TRUST, trendSeries, viaCore } from '../../helpers/trend-series';
import { tempDir } from '../../helpers/temp-dir';

const errorOf = (r: { ok: boolean; error?: { code: string; message: string } }) => (r.ok ? null : r.error);

describe('series:trends on a real database file', () => {
  it('a series of three: the pulse gap per statement and the whitepaper card, workshop by workshop', async () => {
    const dir = tempDir();
    const core = testCore(dir);
    const { seriesId, workshops } = await trendSeries(viaCore(core));
    const t = call(core, 'series:trends', { seriesId })!;
    expect(t.series).toEqual({ id: seriesId, title: 'ACME alignment 2027' });
    expect(t.workshops.map((w) => [w.title, w.date])).toEqual([
      ['ACME joint meeting 1', '2027-03-03'],
      ['ACME joint meeting 2', '2027-03-17'],
      ['ACME joint meeting 3', '2027-03-31'],
    ]);
    // Only the two rated statements: the other seven were asked but nobody rated them.
    expect(t.pulse.map((p) => p.key)).toEqual([`set1:${QUALIFIED}`, `set1:${TRUST}`]);
    const qualified = t.pulse[0]!;
    expect(qualified.text).toBe('We agree on what a qualified lead is.');
    expect(qualified.points.map((p) => [p.workshopId, p.sales, p.marketing, p.gap, p.n])).toEqual([
      [workshops[0]!.id, 4.2, 2.4, 1.8, 10],
      [workshops[1]!.id, 4.0, 2.8, 1.2, 10],
      [workshops[2]!.id, 3.8, 3.2, 0.6, 10],
    ]);
    expect(t.pulse[1]!.points.map((p) => p.gap)).toEqual([1.0, 1.0, 1.0]);
    expect(t.leadCards.map((c) => c.text)).toEqual(['Downloaded a whitepaper']);
    expect(t.leadCards[0]!.points.map((p) => Number(p.divergence!.toFixed(2)))).toEqual([0.8, 0.4, 0.4]);
    // Nothing was committed in these three, so nothing to follow through: a row of zeros per workshop.
    expect(t.followThrough!.map((f) => [f.workshopId, f.made, f.open])).toEqual(workshops.map((w) => [w.id, 0, 0]));
    core.close();

    // The same answers read back from the file by a fresh core.
    const again = testCore(dir);
    expect(call(again, 'series:trends', { seriesId })).toEqual(t);
    again.close();
  });

  it('asked for a workshop: its series up to and including it, never a later one', async () => {
    const core = testCore();
    const { workshops } = await trendSeries(viaCore(core));
    const t = call(core, 'series:trends', { workshopId: workshops[1]!.id })!;
    expect(t.workshops.map((w) => w.id)).toEqual([workshops[0]!.id, workshops[1]!.id]);
    expect(t.pulse[0]!.points.map((p) => p.gap)).toEqual([1.8, 1.2]);
    expect(t.leadCards[0]!.points).toHaveLength(2);
    // The first workshop alone: the card was sorted in one workshop only, so it has no trend yet.
    const first = call(core, 'series:trends', { workshopId: workshops[0]!.id })!;
    expect(first.pulse[0]!.points).toHaveLength(1);
    expect(first.leadCards).toEqual([]);
    core.close();
  });

  it('hides the gap when the workshop’s threshold hides a team, as the results do', async () => {
    const core = testCore();
    const { workshops, seriesId } = await trendSeries(viaCore(core));
    // Six of each team needed: both splits of the second workshop are hidden.
    call(core, 'workshop:update', { id: workshops[1]!.id, patch: { anonymityThreshold: 6 } });
    const t = call(core, 'series:trends', { seriesId })!;
    expect(t.pulse[0]!.points[1]).toMatchObject({ sales: null, marketing: null, gap: null, splitHidden: true, n: 10 });
    expect(t.leadCards[0]!.points[1]).toMatchObject({ divergence: null, splitHidden: true });
    const results = call(core, 'activity:results', { activityId: call(core, 'workshop:get', { id: workshops[1]!.id }).activities[0]!.id });
    expect(results.aggregate!.teams.filter((x) => x.team !== 'other').every((x) => x.suppressed)).toBe(true);
    core.close();
  });

  it('a workshop in no series has no trends; a missing one or a bad request is a clear error that changes nothing', () => {
    const core = testCore();
    const alone = call(core, 'workshop:create', { title: 'On its own' });
    expect(call(core, 'series:trends', { workshopId: alone.id })).toBeNull();
    const before = dumpRows(core);
    expect(errorOf(core.dispatch('series:trends', { workshopId: 'nope' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('That workshop'),
    });
    expect(errorOf(core.dispatch('series:trends', { seriesId: 'nope' }))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('That series') });
    const neither = 'Ask for the trends of one series (seriesId) or of one workshop (workshopId).';
    expect(errorOf(core.dispatch('series:trends', {} as never))).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining(neither) });
    expect(errorOf(core.dispatch('series:trends', { workshopId: alone.id, seriesId: 'x' } as never))).toMatchObject({
      message: expect.stringContaining(neither),
    });
    expect(dumpRows(core)).toBe(before);
    core.close();
  });

  it('a series with nothing answered yet has workshops but no trends', async () => {
    const core = testCore();
    const { seriesId } = await trendSeries(viaCore(core), 0);
    const t = call(core, 'series:trends', { seriesId })!;
    expect(t.workshops).toHaveLength(3);
    expect(t.pulse).toEqual([]);
    expect(t.leadCards).toEqual([]);
    core.close();
  });
});
