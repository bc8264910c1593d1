import { describe, expect, it } from 'vitest';
import { call, dumpRows, testCore } from '../../helpers/core';
import { genericWorkshop } from '../../helpers/generic-workshop';

describe('roster', () => {
  it('adds many people at once, in order, and refuses a duplicate name without adding anyone', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'R' });
    const added = call(core, 'participant:addMany', {
      workshopId: w.id,
      people: [
        { name: 'Ana', team: 'sales' },
        { name: 'Bo', team: 'marketing', role: 'PMM' },
      ],
    });
    expect(added.map((p) => [p.name, p.team, p.role, p.position])).toEqual([
      ['Ana', 'sales', '', 0],
      ['Bo', 'marketing', 'PMM', 1],
    ]);
    const before = dumpRows(core);
    const clash = core.dispatch('participant:addMany', {
      workshopId: w.id,
      people: [
        { name: 'Cy', team: 'other' },
        { name: 'ana', team: 'sales' },
      ],
    });
    expect(clash.ok ? null : clash.error.code).toBe('CONFLICT');
    expect(dumpRows(core)).toBe(before);
    core.close();
  });

  it('edits and removes a person', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'R' });
    const p = call(core, 'participant:add', { workshopId: w.id, name: 'Ana', team: 'sales' });
    expect(call(core, 'participant:update', { id: p.id, patch: { team: 'marketing', role: 'Content' } })).toMatchObject({
      team: 'marketing',
      role: 'Content',
    });
    call(core, 'participant:remove', { id: p.id });
    expect(call(core, 'workshop:get', { id: w.id }).participants).toEqual([]);
    core.close();
  });
});

describe('agenda', () => {
  it('adds activities with their engine defaults, inserts at an index, and reorders', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'A' });
    const a = call(core, 'activity:add', { workshopId: w.id, kind: 'dotvote' });
    expect(a).toMatchObject({ title: 'Dot vote', minutes: 10, position: 0, configVersion: 1 });
    expect(a.config).toMatchObject({ dotsPerPerson: 5, maxPerItem: 3 });
    const b = call(core, 'activity:add', { workshopId: w.id, kind: 'break' });
    const c = call(core, 'activity:add', { workshopId: w.id, kind: 'slide', title: 'Intro', index: 0 });
    const order = () => call(core, 'workshop:get', { id: w.id }).activities.map((x) => x.id);
    expect(order()).toEqual([c.id, a.id, b.id]);
    call(core, 'activity:reorder', { workshopId: w.id, orderedIds: [b.id, c.id, a.id] });
    expect(order()).toEqual([b.id, c.id, a.id]);
    const dup = call(core, 'activity:duplicate', { id: c.id });
    expect(order()).toEqual([b.id, c.id, dup.id, a.id]);
    call(core, 'activity:remove', { id: b.id });
    const after = call(core, 'workshop:get', { id: w.id }).activities;
    expect(after.map((x) => x.position)).toEqual([0, 1, 2]);
    core.close();
  });

  it('refuses a reorder that is not a permutation of the agenda, and changes nothing', () => {
    const core = testCore();
    const w = genericWorkshop(core);
    const ids = call(core, 'workshop:get', { id: w.id }).activities.map((x) => x.id);
    const before = dumpRows(core);
    for (const orderedIds of [ids.slice(1), [...ids, ids[0]!], [...ids.slice(1), 'stranger'], []]) {
      const r = core.dispatch('activity:reorder', { workshopId: w.id, orderedIds });
      expect(r.ok ? null : r.error.code).toBe('VALIDATION');
    }
    expect(dumpRows(core)).toBe(before);
    core.close();
  });

  it('validates a config update with the engine schema and keeps a valid one', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'A' });
    const a = call(core, 'activity:add', { workshopId: w.id, kind: 'dotvote' });
    const bad = core.dispatch('activity:update', {
      id: a.id,
      patch: { config: { prompt: '', options: [], dotsPerPerson: 2, maxPerItem: 5 } },
    });
    expect(bad.ok ? null : bad.error.message).toMatch(/cap per option cannot be more than the dots/);
    const good = call(core, 'activity:update', {
      id: a.id,
      patch: { config: { prompt: 'Pick', options: [{ id: 'o1', text: 'Speed' }], dotsPerPerson: 3, maxPerItem: 2 }, notes: 'private' },
    });
    expect(good.config).toEqual({ prompt: 'Pick', options: [{ id: 'o1', text: 'Speed', description: '' }], dotsPerPerson: 3, maxPerItem: 2 });
    expect(call(core, 'workshop:get', { id: w.id }).activities[0]!.notes).toBe('private');
    core.close();
  });
});
