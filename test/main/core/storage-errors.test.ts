import { describe, expect, it } from 'vitest';
import { call, testCore } from '../../helpers/core';
import { genericWorkshop } from '../../helpers/generic-workshop';
import { fillDisk } from './full-disk';

function sortOf(core: ReturnType<typeof testCore>) {
  const w = genericWorkshop(core);
  const detail = call(core, 'workshop:get', { id: w.id });
  const sort = detail.activities.find((a) => a.kind === 'cardsort')!;
  call(core, 'run:start', { workshopId: w.id });
  call(core, 'run:goto', { workshopId: w.id, activityId: sort.id });
  return { w, sort, dana: detail.participants[0]! };
}

describe('storage errors say what happened', () => {
  it('a full disk is "the disk is full", not "try again", and nothing is half-saved; it saves once space is freed', () => {
    const core = testCore();
    const { sort, dana } = sortOf(core);
    const free = fillDisk(core, sort.id, dana.id);
    const input = { activityId: sort.id, participantId: dana.id, itemKey: 'sig1', value: { column: 'col1' } };
    const quiet = console.error;
    console.error = () => undefined;
    const refused = core.dispatch('response:submit', input);
    console.error = quiet;
    expect(refused).toEqual({
      ok: false,
      error: { code: 'STORAGE_FULL', message: 'The disk is full, so this was not saved. Free some space on this computer, then try again.' },
    });
    expect(call(core, 'response:mine', { activityId: sort.id, participantId: dana.id }).mine).not.toHaveProperty('sig1');
    free();
    expect(core.dispatch('response:submit', input).ok).toBe(true);
    expect(call(core, 'response:mine', { activityId: sort.id, participantId: dana.id }).mine).toHaveProperty('sig1');
    core.close();
  });

  it('a failing read says "while reading", a failing write "while saving"', () => {
    const core = testCore();
    call(core, 'workshop:create', { title: 'Kept' });
    // Break the templates table behind the core's back: every template read and write now fails.
    core.transact('test:break', (ctx) => ctx.db.exec('ALTER TABLE templates RENAME TO templates_gone'));
    const quiet = console.error;
    console.error = () => undefined;
    const read = core.dispatch('template:list', {});
    const write = core.dispatch('template:remove', { id: '00000000-0000-4000-8000-000000000000' });
    console.error = quiet;
    expect(read).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong while reading. Nothing was changed; try again.' } });
    expect(write).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong while saving. Nothing was changed; try again.' } });
    core.close();
  });

  it('the series reads (#18) say "while reading" too', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kickoff' });
    const series = call(core, 'series:create', { title: 'ACME alignment 2027', workshopId: w.id });
    const review = call(core, 'activity:add', { workshopId: w.id, kind: 'review' });
    core.transact('test:break', (ctx) => ctx.db.exec('ALTER TABLE series RENAME TO series_gone'));
    const quiet = console.error;
    console.error = () => undefined;
    const reads = [
      core.dispatch('series:list', {}),
      core.dispatch('series:get', { id: series.id }),
      core.dispatch('series:trends', { seriesId: series.id }),
      core.dispatch('series:export', { id: series.id }),
      core.dispatch('review:status', { activityId: review.id }),
      core.dispatch('messaging:seeds', { workshopId: w.id }),
    ];
    console.error = quiet;
    for (const r of reads)
      expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong while reading. Nothing was changed; try again.' } });
    core.close();
  });
});
