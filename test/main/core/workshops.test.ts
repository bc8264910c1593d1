import { describe, expect, it } from 'vitest';
import { call, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

describe('workshops', () => {
  it('creates, lists, updates and reads a workshop', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: '  Q3 alignment  ' });
    expect(w.title).toBe('Q3 alignment');
    expect(w.status).toBe('draft');
    expect(w.anonymityThreshold).toBe(3);
    const updated = call(core, 'workshop:update', { id: w.id, patch: { goal: 'Agree on MQL', startTime: '09:30', date: '2026-12-01' } });
    expect(updated).toMatchObject({ goal: 'Agree on MQL', startTime: '09:30', date: '2026-12-01' });
    const list = call(core, 'workshop:list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: w.id, participantCount: 0, activityCount: 0, totalMinutes: 0 });
    core.close();
  });

  it('creates the sample from the "Alignment kickoff" template: 90 minutes, 5 Sales and 5 Marketing', () => {
    const core = testCore();
    const w = call(core, 'workshop:createSample', {});
    const detail = call(core, 'workshop:get', { id: w.id });
    expect(detail.participants.filter((p) => p.team === 'sales')).toHaveLength(5);
    expect(detail.participants.filter((p) => p.team === 'marketing')).toHaveLength(5);
    expect(detail.activities.reduce((sum, a) => sum + a.minutes, 0)).toBe(90);
    expect(detail.activities.map((a) => a.position)).toEqual(detail.activities.map((_, i) => i));
    const kickoff = call(core, 'template:list', {}).find((t) => t.name === 'Alignment kickoff')!;
    const fromTemplate = call(core, 'workshop:get', { id: call(core, 'template:createWorkshop', { templateId: kickoff.id }).id });
    expect(detail.activities.map((a) => [a.kind, a.title, a.minutes, a.config])).toEqual(
      fromTemplate.activities.map((a) => [a.kind, a.title, a.minutes, a.config]),
    );
    expect(detail.activities.map((a) => a.kind)).toEqual(['slide', 'brainstorm', 'leadsort', 'break', 'kpisort', 'commitments', 'slide']);
    expect(detail.workshop).toMatchObject({
      title: 'Sample: Sales & Marketing alignment kickoff',
      startTime: '09:00',
      plannedEnd: '10:30',
      goal: fromTemplate.workshop.goal,
    });
    core.close();
  });

  it('duplicates roster and agenda under new ids, not the action items', () => {
    const core = testCore();
    const w = call(core, 'workshop:createSample', {});
    call(core, 'actionItem:add', { workshopId: w.id, text: 'Weekly report', owner: 'Dana' });
    const copy = call(core, 'workshop:duplicate', { id: w.id });
    expect(copy.title).toBe(`${w.title} (copy)`);
    const a = call(core, 'workshop:get', { id: w.id });
    const b = call(core, 'workshop:get', { id: copy.id });
    expect(b.activities.map((x) => x.title)).toEqual(a.activities.map((x) => x.title));
    expect(b.participants.map((x) => x.name)).toEqual(a.participants.map((x) => x.name));
    expect(b.activities.some((x) => a.activities.some((y) => y.id === x.id))).toBe(false);
    expect(b.actionItems).toHaveLength(0);
    core.close();
  });

  it('moves to the trash, restores, and only purges from the trash', () => {
    const core = testCore();
    const w = call(core, 'workshop:createSample', {});
    const early = core.dispatch('workshop:purge', { id: w.id });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.code).toBe('CONFLICT');
    call(core, 'workshop:trash', { id: w.id });
    expect(call(core, 'workshop:list', {})).toHaveLength(0);
    expect(call(core, 'workshop:listTrash', {}).map((x) => x.id)).toEqual([w.id]);
    call(core, 'workshop:restore', { id: w.id });
    expect(call(core, 'workshop:list', {}).map((x) => x.id)).toEqual([w.id]);
    call(core, 'workshop:trash', { id: w.id });
    call(core, 'workshop:purge', { id: w.id });
    expect(call(core, 'workshop:listTrash', {})).toHaveLength(0);
    const gone = core.dispatch('workshop:get', { id: w.id });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
    core.close();
  });

  it('keeps everything across a close and reopen of the same folder', () => {
    const dir = tempDir();
    const first = testCore(dir);
    const w = call(first, 'workshop:createSample', {});
    const before = call(first, 'workshop:get', { id: w.id });
    first.close();
    const second = testCore(dir);
    expect(call(second, 'workshop:get', { id: w.id })).toEqual(before);
    second.close();
  });

  it('announces changes only after the write commits', () => {
    const core = testCore();
    const seen: string[] = [];
    core.subscribe((event) => seen.push(event));
    const w = call(core, 'workshop:create', { title: 'A' });
    expect(seen).toEqual(['workshops:changed']);
    seen.length = 0;
    const bad = core.dispatch('workshop:update', { id: w.id, patch: { title: '' } });
    expect(bad.ok).toBe(false);
    expect(seen).toEqual([]);
    call(core, 'workshop:update', { id: w.id, patch: { title: 'B' } });
    expect(seen).toEqual(['workshop:changed', 'workshops:changed']);
    core.close();
  });
});
