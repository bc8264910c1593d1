import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import type { ExportedFile } from '../../../src/shared/export';
import type { Core } from '../../../src/main/core';
import { call, testCore } from '../../helpers/core';

interface PrivacyFields {
  workshop: { namesInExports?: boolean };
  activities: { naming?: string | null }[];
}

async function exportJson(core: Core, workshopId: string): Promise<PrivacyFields> {
  const backend = createBackend(core);
  const r = await backend.invoke('export:prepare', { workshopId, format: 'json' });
  if (!r.ok) throw new Error(r.error.message);
  return JSON.parse(backend.exports.get((r.value as ExportedFile).exportId)!.body.toString('utf8'));
}

// The JSON file is the facilitator's full copy: it carries the privacy settings
// and brings them back.
describe('the workshop file carries the privacy settings', () => {
  it('names-in-exports and each activity naming round-trip; an older file imports with names off', async () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kickoff' });
    call(core, 'workshop:update', { id: w.id, patch: { namesInExports: true } });
    const comp = call(core, 'activity:add', { workshopId: w.id, kind: 'comp' });
    call(core, 'activity:update', { id: comp.id, patch: { naming: 'anonymous' } });
    call(core, 'activity:add', { workshopId: w.id, kind: 'leadsort' });

    const file = await exportJson(core, w.id);
    expect(file.workshop.namesInExports).toBe(true);
    expect(file.activities.map((a) => a.naming)).toEqual(['anonymous', null]);

    const back = call(core, 'workshop:import', { json: JSON.stringify(file) });
    expect(back.namesInExports).toBe(true);
    expect(call(core, 'workshop:get', { id: back.id }).activities.map((a) => a.naming)).toEqual(['anonymous', null]);

    const older = structuredClone(file);
    delete older.workshop.namesInExports;
    for (const a of older.activities) delete a.naming;
    const fromOlder = call(core, 'workshop:import', { json: JSON.stringify(older) });
    expect(fromOlder.namesInExports).toBe(false);
    expect(call(core, 'workshop:get', { id: fromOlder.id }).activities.map((a) => a.naming)).toEqual([null, null]);

    const wrong = structuredClone(file);
    wrong.activities[0]!.naming = 'everyone';
    const refused = core.dispatch('workshop:import', { json: JSON.stringify(wrong) });
    expect(refused.ok).toBe(false);
    core.close();
  });

  it('refuses a naming that is not one of the three, and changes nothing', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kickoff' });
    const comp = call(core, 'activity:add', { workshopId: w.id, kind: 'comp' });
    const r = core.dispatch('activity:update', { id: comp.id, patch: { naming: 'everyone' as never } });
    expect(r.ok ? null : r.error.code).toBe('VALIDATION');
    expect(call(core, 'workshop:get', { id: w.id }).activities[0]!.naming).toBeNull();
    const bad = core.dispatch('workshop:update', { id: w.id, patch: { namesInExports: 'yes' as never } });
    expect(bad.ok ? null : bad.error.message).toMatch(/on or off/);
    core.close();
  });
});
