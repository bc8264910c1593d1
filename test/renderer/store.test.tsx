import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/renderer/store';
import { createFakeApi } from '../helpers/fake-api';

function setup(opts: { silentEvents?: boolean } = {}) {
  const api = createFakeApi(opts);
  const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 });
  return { api, store, s: () => store.getState() };
}

async function openSeeded(env: ReturnType<typeof setup>) {
  const w = env.api.seedWorkshop(
    { title: 'Q3 kickoff', startTime: '09:00', plannedEnd: '10:00' },
    {
      participants: [{ name: 'Dana', team: 'sales' }],
      activities: [
        { kind: 'slide', title: 'Welcome', minutes: 10 },
        { kind: 'dotvote', title: 'Dot vote: top priorities', minutes: 15 },
        { kind: 'break', title: 'Coffee', minutes: 10 },
      ],
    },
  );
  await env.s().openWorkshop(w.id);
  return w;
}

const titles = (env: ReturnType<typeof setup>) => env.s().planner.detail!.activities.map((a) => a.title);

describe('planner slice', () => {
  it('applies a change at once, saves it, and reconciles with the server on change events', async () => {
    const env = setup();
    const w = await openSeeded(env);
    expect(env.s().updateWorkshop({ goal: 'Agree what a good lead is' })).toBe(true);
    // Optimistic: visible before the API answers.
    expect(env.s().planner.detail!.workshop.goal).toBe('Agree what a good lead is');
    expect(env.s().save.pending).toBe(1);
    await waitFor(() => expect(env.s().save.pending).toBe(0));
    expect(env.api.db.workshops.get(w.id)!.goal).toBe('Agree what a good lead is');

    // Another window renames it: the event makes us re-read.
    env.api.db.workshops.set(w.id, { ...env.api.db.workshops.get(w.id)!, title: 'Renamed elsewhere' });
    env.api.emit('workshop:changed', { workshopId: w.id });
    await waitFor(() => expect(env.s().planner.detail!.workshop.title).toBe('Renamed elsewhere'));
  });

  it('ignores change events for a workshop that is not open', async () => {
    const env = setup();
    await openSeeded(env);
    const before = env.api.callsOf('workshop:get').length;
    env.api.emit('workshop:changed', { workshopId: 'someone-else' });
    await new Promise((r) => setTimeout(r, 20));
    expect(env.api.callsOf('workshop:get').length).toBe(before);
  });

  it('merges quick successive edits of one workshop into fewer calls', async () => {
    const env = setup({ silentEvents: true });
    const w = await openSeeded(env);
    env.s().updateWorkshop({ goal: 'a' });
    env.s().updateWorkshop({ goal: 'ab' });
    env.s().updateWorkshop({ location: 'Room 4' });
    await env.s().whenIdle();
    const updates = env.api.callsOf('workshop:update');
    expect(updates.length).toBeLessThan(3);
    expect(env.api.db.workshops.get(w.id)).toMatchObject({ goal: 'ab', location: 'Room 4' });
  });

  it('keeps a save through a transport outage and retries until it succeeds', async () => {
    const env = setup();
    const w = await openSeeded(env);
    env.api.setDown(true);
    env.s().updateWorkshop({ title: 'Saved after the outage' });
    await waitFor(() => expect(env.s().save.retrying).toBe(true));
    expect(env.s().save.pending).toBe(1);
    expect(env.s().planner.detail!.workshop.title).toBe('Saved after the outage');
    const attemptsWhileDown = env.api.callsOf('workshop:update').length;
    await waitFor(() => expect(env.api.callsOf('workshop:update').length).toBeGreaterThan(attemptsWhileDown + 1));
    env.api.setDown(false);
    await waitFor(() => expect(env.s().save.pending).toBe(0));
    expect(env.s().save.retrying).toBe(false);
    expect(env.api.db.workshops.get(w.id)!.title).toBe('Saved after the outage');
  });

  it('reverts to the server state and shows the message when the server rejects a change', async () => {
    const env = setup();
    const w = await openSeeded(env);
    env.api.failNext('workshop:update', {
      code: 'VALIDATION',
      message: 'patch.location: That room does not exist.',
      issues: [{ path: 'patch.location', message: 'That room does not exist.' }],
    });
    env.s().updateWorkshop({ location: 'Moon base' });
    expect(env.s().planner.detail!.workshop.location).toBe('Moon base');
    await waitFor(() => expect(env.s().planner.detail!.workshop.location).toBe(''));
    expect(env.s().planner.fieldErrors['workshop.location']).toBe('That room does not exist.');
    expect(env.s().toasts.some((t) => t.tone === 'error' && t.message.includes('That room does not exist'))).toBe(true);
    expect(env.api.db.workshops.get(w.id)!.location).toBe('');
  });

  it('refuses an invalid value before calling the API and marks the field', async () => {
    const env = setup();
    await openSeeded(env);
    const calls = env.api.calls.length;
    expect(env.s().updateWorkshop({ title: '   ' })).toBe(false);
    expect(env.s().planner.fieldErrors['workshop.title']).toBe('A title is required');
    expect(env.s().planner.detail!.workshop.title).toBe('Q3 kickoff');
    expect(env.api.calls.length).toBe(calls);
    // A valid value clears the message.
    env.s().updateWorkshop({ title: 'Better title' });
    expect(env.s().planner.fieldErrors['workshop.title']).toBeUndefined();
  });

  it('moves an activity with one reorder call carrying the full order', async () => {
    const env = setup();
    const w = await openSeeded(env);
    const [a, b, c] = env.s().planner.detail!.activities.map((x) => x.id);
    const done = env.s().moveActivity(a!, +1);
    expect(titles(env)).toEqual(['Dot vote: top priorities', 'Welcome', 'Coffee']);
    expect(await done).toBe(true);
    expect(env.api.callsOf('activity:reorder')).toEqual([{ workshopId: w.id, orderedIds: [b, a, c] }]);
  });

  it('restores the previous order when a reorder fails', async () => {
    const env = setup();
    await openSeeded(env);
    const ids = env.s().planner.detail!.activities.map((x) => x.id);
    env.api.failNext('activity:reorder', { code: 'CONFLICT', message: 'The agenda changed meanwhile.' });
    const done = env.s().reorderActivities([ids[2]!, ids[0]!, ids[1]!]);
    expect(titles(env)).toEqual(['Coffee', 'Welcome', 'Dot vote: top priorities']);
    expect(await done).toBe(false);
    expect(titles(env)).toEqual(['Welcome', 'Dot vote: top priorities', 'Coffee']);
    expect(env.s().toasts.at(-1)).toMatchObject({ tone: 'error' });
    expect(env.s().toasts.at(-1)!.message).toContain('The agenda changed meanwhile');
  });

  it('removes an activity at once and brings it back with Undo', async () => {
    const env = setup();
    const w = await openSeeded(env);
    const dot = env.s().planner.detail!.activities[1]!;
    env.s().updateActivity(dot.id, { notes: 'Watch the clock' });
    env.s().removeActivity(dot.id);
    expect(titles(env)).toEqual(['Welcome', 'Coffee']);
    const toast = env.s().toasts.at(-1)!;
    expect(toast.message).toContain('Dot vote: top priorities');
    await env.s().whenIdle();
    expect(env.api.db.activities.some((a) => a.id === dot.id)).toBe(false);
    toast.action!.run();
    await waitFor(() => expect(titles(env)).toEqual(['Welcome', 'Dot vote: top priorities', 'Coffee']));
    await env.s().whenIdle();
    const back = env.api.db.activities.find((a) => a.workshopId === w.id && a.title === 'Dot vote: top priorities')!;
    expect(back).toMatchObject({ position: 1, notes: 'Watch the clock', kind: 'dotvote' });
  });

  it('adds activities from the library with the kind defaults', async () => {
    const env = setup();
    await openSeeded(env);
    const id = await env.s().addActivity('brainstorm');
    expect(id).toBeTruthy();
    expect(titles(env).at(-1)).toBe('Brainstorm');
    expect(env.api.callsOf('activity:add')[0]).toMatchObject({ kind: 'brainstorm', minutes: 15, config: { anonymous: true } });
  });

  it('adds a pasted roster in one call', async () => {
    const env = setup();
    await openSeeded(env);
    const err = await env.s().addParticipants([
      { name: 'Sam', team: 'marketing' },
      { name: 'Lee', team: 'sales', role: 'AE' },
    ]);
    expect(err).toBeNull();
    expect(env.api.callsOf('participant:addMany')).toHaveLength(1);
    expect(env.s().planner.detail!.participants.map((p) => p.name)).toEqual(['Dana', 'Sam', 'Lee']);
  });
});

describe('workshops slice', () => {
  it('moves a workshop to the trash and Undo restores it', async () => {
    const env = setup();
    const w = env.api.seedWorkshop({ title: 'To be trashed' });
    env.s().setWatchingWorkshops(true);
    await env.s().loadWorkshops();
    expect(env.s().workshops.items.map((x) => x.title)).toEqual(['To be trashed']);
    env.s().trashWorkshop(w.id);
    expect(env.s().workshops.items).toEqual([]);
    await env.s().whenIdle();
    expect(env.api.db.workshops.get(w.id)!.deletedAt).not.toBeNull();
    env.s().toasts.at(-1)!.action!.run();
    await waitFor(() => expect(env.s().workshops.items.map((x) => x.title)).toEqual(['To be trashed']));
    expect(env.api.db.workshops.get(w.id)!.deletedAt).toBeNull();
  });

  it('counts people per team for each workshop', async () => {
    const env = setup();
    const w = env.api.seedWorkshop(
      {},
      {
        participants: [
          { name: 'A', team: 'sales' },
          { name: 'B', team: 'sales' },
          { name: 'C', team: 'marketing' },
        ],
      },
    );
    await env.s().loadWorkshops();
    expect(env.s().workshops.teamCounts[w.id]).toEqual({ sales: 2, marketing: 1, other: 0 });
  });

  it('does not create a workshop without a title', async () => {
    const env = setup();
    expect(await env.s().createWorkshop('  ')).toEqual({ error: 'A title is required' });
    expect(env.api.callsOf('workshop:create')).toHaveLength(0);
    const r = await env.s().createWorkshop('Lead quality sort');
    expect('id' in r && env.api.db.workshops.get(r.id)!.title).toBe('Lead quality sort');
  });
});
