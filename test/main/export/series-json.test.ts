import { describe, expect, it } from 'vitest';
import { exportWorkshop } from '../../../src/main/export/json';
import type { Core } from '../../../src/main/core';
import { call, dumpRows, manualClock, testCore } from '../../helpers/core';
import { finishedSample } from '../../helpers/workshop-fill';
import { tempDir } from '../../helpers/temp-dir';

function workshopJson(core: Core, id: string): string {
  const r = core.transact('export', (ctx) => JSON.stringify(exportWorkshop(ctx, id), null, 2));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A series of two workshops: a finished kickoff and the joint meeting after it. */
function twoWorkshopSeries() {
  const clock = manualClock();
  const core = testCore(tempDir(), clock.now);
  const first = finishedSample(core, clock);
  call(core, 'workshop:update', { id: first, patch: { title: 'ACME meeting 1', date: '2027-03-03' } });
  const series = call(core, 'series:create', { title: 'ACME alignment 2027', workshopId: first });
  const second = call(core, 'series:nextWorkshop', { workshopId: first });
  return { core, first, second: second.id, seriesId: series.id };
}

const errorOf = (r: { ok: boolean; error?: { code: string; message: string } }) => (r.ok ? null : r.error);

describe('workshop files and series', () => {
  it('a workshop in no series is exported without a series field, and imports in none', () => {
    const core = testCore();
    const w = call(core, 'workshop:createSample', {});
    const text = workshopJson(core, w.id);
    expect(JSON.parse(text).workshop).not.toHaveProperty('series');
    const other = testCore();
    call(other, 'workshop:import', { json: text });
    expect(call(other, 'series:list', {})).toEqual([]);
    core.close();
    other.close();
  });

  it('a workshop file names its series; importing it elsewhere makes the series, or reuses one with that title', () => {
    const { core, second, seriesId } = twoWorkshopSeries();
    const text = workshopJson(core, second);
    expect(JSON.parse(text).workshop.series).toEqual({ id: seriesId, title: 'ACME alignment 2027' });
    core.close();

    const fresh = testCore();
    const imported = call(fresh, 'workshop:import', { json: text });
    const [made] = call(fresh, 'series:list', {});
    expect(made).toMatchObject({ title: 'ACME alignment 2027', workshops: [{ id: imported.id, title: 'ACME meeting 2', date: '2027-03-17' }] });
    // A second import of a workshop of that series lands in the same series, not a new one.
    call(fresh, 'workshop:import', { json: text });
    expect(call(fresh, 'series:list', {})).toHaveLength(1);
    expect(call(fresh, 'series:list', {})[0]!.workshops).toHaveLength(2);
    fresh.close();

    const hasIt = testCore();
    const existing = call(hasIt, 'series:create', { title: 'acme Alignment 2027' });
    call(hasIt, 'workshop:import', { json: text });
    expect(call(hasIt, 'series:list', {}).map((s) => [s.id, s.workshops.length])).toEqual([[existing.id, 1]]);
    hasIt.close();
  });

  it('exports a whole series as one file and imports it on another machine with every workshop, in order', () => {
    const { core, first, seriesId } = twoWorkshopSeries();
    const file = call(core, 'series:export', { id: seriesId });
    expect(file.fileName).toBe('acme-alignment-2027.common-ground-series.json');
    const parsed = JSON.parse(file.json);
    expect(parsed).toMatchObject({ format: 'common-ground.series', version: 1, series: { id: seriesId, title: 'ACME alignment 2027' } });
    expect(parsed.workshops.map((w: { workshop: { title: string } }) => w.workshop.title)).toEqual(['ACME meeting 1', 'ACME meeting 2']);
    // Each workshop in the file is its own workshop file.
    expect(parsed.workshops[0]).toEqual({ ...JSON.parse(workshopJson(core, first)), exportedAt: parsed.exportedAt });

    const other = testCore();
    const series = call(other, 'series:import', { json: file.json });
    expect(series.title).toBe('ACME alignment 2027');
    expect(series.workshops.map((w) => [w.title, w.date, w.status])).toEqual([
      ['ACME meeting 1', '2027-03-03', 'finished'],
      ['ACME meeting 2', '2027-03-17', 'draft'],
    ]);
    const a = call(core, 'workshop:get', { id: first });
    const b = call(other, 'workshop:get', { id: series.workshops[0]!.id });
    expect(b.participants.map((p) => [p.name, p.team])).toEqual(a.participants.map((p) => [p.name, p.team]));
    expect(b.actionItems.map((x) => x.text)).toEqual(a.actionItems.map((x) => x.text));
    expect(call(other, 'workshop:get', { id: series.workshops[1]!.id }).participants).toHaveLength(a.participants.length);
    core.close();
    other.close();
  });

  it('refuses a file that is not a series, or one with a damaged workshop, and changes nothing', () => {
    const { core, first, seriesId } = twoWorkshopSeries();
    const file = JSON.parse(call(core, 'series:export', { id: seriesId }).json);
    const workshopText = workshopJson(core, first);
    core.close();

    const other = testCore();
    call(other, 'workshop:createSample', {});
    const before = dumpRows(other);
    const damaged = structuredClone(file);
    damaged.workshops[1].participants[0].team = 'finance';
    const badAnswer = structuredClone(file);
    badAnswer.workshops[0].responses[0].activity = 'nowhere';
    const cases: [string, RegExp][] = [
      [workshopText, /one workshop, not a series: import it as a workshop/],
      ['{"format":"common-ground.series","version":2}', /newer version of Common Ground/],
      ['{"format":"something-else"}', /not a Common Ground series export/],
      ['not json', /not valid JSON/],
      [JSON.stringify(damaged), /Workshop 2 of the series is damaged/],
      [JSON.stringify(badAnswer), /Workshop 1 of the series \(“ACME meeting 1”\): Answer 1 belongs to an activity that is not in the file/],
    ];
    for (const [json, message] of cases) {
      const r = other.dispatch('series:import', { json });
      expect(errorOf(r)?.code).toBe('VALIDATION');
      expect(errorOf(r)?.message).toMatch(message);
      expect(errorOf(r)?.message).toMatch(/Nothing was imported\.$/);
    }
    expect(dumpRows(other)).toBe(before);
    other.close();
  });
});
