import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import type { ExportedFile } from '../../../src/shared/export';
import type { Core } from '../../../src/main/core';
import { call, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { answeredAlignmentDay } from './alignment-day-fill';
import { differingFields, normaliseWorkshopFile } from './workshop-file-compare';

async function exportJson(core: Core, workshopId: string): Promise<string> {
  const backend = createBackend(core);
  const r = await backend.invoke('export:prepare', { workshopId, format: 'json' });
  if (!r.ok) throw new Error(r.error.message);
  return backend.exports.get((r.value as ExportedFile).exportId)!.body.toString('utf8');
}

describe('a 100-person six-hour day comes back whole', () => {
  it('export → workshop:import → export differs in no field but ids and exportedAt', async () => {
    const clock = manualClock('2026-12-03T08:00:00.000Z');
    const core = testCore(tempDir(), clock.now);
    const id = answeredAlignmentDay(core, 100, clock);
    const first = await exportJson(core, id);
    console.log(
      `[import round trip] 100 people, alignment day: ${first.length.toLocaleString('en-US')} characters, ${Buffer.byteLength(first).toLocaleString('en-US')} bytes, ${(JSON.parse(first) as { responses: unknown[] }).responses.length} answers`,
    );
    expect(Buffer.byteLength(first)).toBeGreaterThan(1024 * 1024);
    clock.advance(3_600_000);
    const imported = call(core, 'workshop:import', { json: first });
    const second = await exportJson(core, imported.id);
    expect(differingFields(normaliseWorkshopFile(first), normaliseWorkshopFile(second))).toEqual([]);
    // The people in the boards are the new ones.
    const oldPeople = (JSON.parse(first) as { participants: { id: string }[] }).participants.map((p) => p.id);
    for (const old of oldPeople) expect(second.includes(old)).toBe(false);
    core.close();
  }, 120_000);
});
