import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import type { Core } from '../../../src/main/core';
import type { WorkshopFile } from '../../../src/main/export/json';
import type { ExportedFile } from '../../../src/shared/export';
import type { DotVoteTally } from '../../../src/activities/dotvote/logic';
import { call, dumpRows, testCore } from '../../helpers/core';
import { genericWorkshopAt } from '../../helpers/generic-workshop';

// Answers are stored with their version and read at the current one, through the engine's named
// steps. No engine has an answer step yet, so this file gives the dot vote one (a test-only
// history: the first dot votes, it says, were stored as { count }); everything else is the real
// core: SQLite on disk, the services, the results, the JSON export and import.

vi.mock('../../../src/activities/dotvote/migrations', async () => {
  const { versionHistory } = await import('../../../src/activities/versioned');
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  return {
    dotvoteAnswerHistory: versionHistory('dot-vote answer', [
      { version: 1, name: 'count-to-dots', up: (old) => (isObject(old) && 'count' in old ? { dots: old.count } : old) },
    ]),
  };
});

afterEach(() => vi.restoreAllMocks());

type Results = { aggregate: { overall: DotVoteTally }; respondents: { participantId: string }[] };

/** The generic workshop at its dot vote, with two people's dots: the first person's written as the first version of the app did. */
function votedAtVersion0(core: Core, stored: string) {
  const { w, detail, activity } = genericWorkshopAt(core, 'dotvote');
  const [first, second] = detail.participants;
  call(core, 'response:submit', { activityId: activity.id, participantId: first!.id, itemKey: 'opt1', value: { dots: 3 } });
  call(core, 'response:submit', { activityId: activity.id, participantId: second!.id, itemKey: 'opt2', value: { dots: 1 } });
  const db = new Database(core.dbPath);
  db.prepare('UPDATE responses SET value = ?, value_version = 0 WHERE activity_id = ? AND participant_id = ?').run(stored, activity.id, first!.id);
  db.close();
  return { workshopId: w.id, activityId: activity.id, first: first!.id, second: second!.id, third: detail.participants[2]!.id };
}

function storedRows(core: Core, activityId: string) {
  const db = new Database(core.dbPath, { readonly: true });
  const rows = db.prepare('SELECT participant_id, item_key, value, value_version FROM responses WHERE activity_id = ? ORDER BY id').all(activityId);
  db.close();
  return rows as { participant_id: string; item_key: string; value: string; value_version: number }[];
}

async function exportFile(core: Core, workshopId: string): Promise<WorkshopFile> {
  const backend = createBackend(core);
  const r = await backend.invoke('export:prepare', { workshopId, format: 'json' });
  if (!r.ok) throw new Error(r.error.message);
  return JSON.parse(backend.exports.get((r.value as ExportedFile).exportId)!.body.toString('utf8')) as WorkshopFile;
}

const dotsOn = (results: Results, option: string) => results.aggregate.overall.options.find((o) => o.id === option)!.dots;

describe('an answer stored at version 0', () => {
  it('reads through the step in the results, in the person’s own answers and in the export, and reading writes nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const core = testCore();
    const v = votedAtVersion0(core, '{"count":3}');

    const results = call(core, 'activity:results', { activityId: v.activityId }) as unknown as Results;
    expect(dotsOn(results, 'opt1')).toBe(3);
    expect(results.aggregate.overall.totalDots).toBe(4);
    expect(call(core, 'response:mine', { activityId: v.activityId, participantId: v.first }).mine).toEqual({ opt1: { dots: 3 } });

    const file = await exportFile(core, v.workshopId);
    const theirs = file.responses.find((r) => r.participant === v.first)!;
    expect(theirs).toMatchObject({ itemKey: 'opt1', value: { dots: 3 }, valueVersion: 1 });
    expect(storedRows(core, v.activityId)[0]).toMatchObject({ value: '{"count":3}', value_version: 0 });
    expect(warn).not.toHaveBeenCalled();
    core.close();
  });

  it('counts toward the person’s budget, and what they write next is stored at the current version', () => {
    const core = testCore();
    const v = votedAtVersion0(core, '{"count":3}');
    // Five dots each, three of them on opt1 (as version 0 stored them): three more are too many.
    const refused = core.dispatch('response:submit', { activityId: v.activityId, participantId: v.first, itemKey: 'opt3', value: { dots: 3 } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('You have 2 dots left.');
    call(core, 'response:submit', { activityId: v.activityId, participantId: v.first, itemKey: 'opt1', value: { dots: 2 } });
    expect(storedRows(core, v.activityId).find((r) => r.participant_id === v.first)).toMatchObject({ value: '{"dots":2}', value_version: 1 });
    core.close();
  });
});

describe('the JSON file', () => {
  it('from before answers had versions imports with each answer brought up and stored at the current version', async () => {
    const core = testCore();
    const v = votedAtVersion0(core, '{"count":3}');
    const file = await exportFile(core, v.workshopId);
    const old = structuredClone(file) as { responses: Record<string, unknown>[] };
    for (const r of old.responses) delete r.valueVersion;
    old.responses.find((r) => r.participant === v.first)!.value = { count: 3 };

    const imported = call(core, 'workshop:import', { json: JSON.stringify(old) });
    const vote = call(core, 'workshop:get', { id: imported.id }).activities.find((a) => a.kind === 'dotvote')!;
    expect(storedRows(core, vote.id).map((r) => [r.value, r.value_version])).toEqual([
      ['{"dots":3}', 1],
      ['{"dots":1}', 1],
    ]);
    const back = await exportFile(core, imported.id);
    expect(back.responses.map((r) => [r.value, r.valueVersion])).toEqual(file.responses.map((r) => [r.value, r.valueVersion]));
    core.close();
  });

  it('refuses an answer from a newer version, naming it, and changes nothing', async () => {
    const core = testCore();
    const v = votedAtVersion0(core, '{"count":3}');
    const file = await exportFile(core, v.workshopId);
    const at = file.responses.findIndex((r) => r.participant === v.second);
    file.responses[at]!.valueVersion = 4;
    const before = dumpRows(core);

    const r = core.dispatch('workshop:import', { json: JSON.stringify(file) });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toBe(
        `Answer ${at + 1} (activity “Where do hand-offs hurt most?”, person 2): This dot-vote answer was saved at version 4; ` +
          'this version of Common Ground reads up to 1. Nothing was imported.',
      );
    expect(dumpRows(core)).toBe(before);
    core.close();
  });
});

describe('a stored answer that does not read', () => {
  // After its step, { dots: "three" }: not a dot vote this version knows.
  const unreadable = '{"count":"three"}';

  it('is left out of the results, kept in the database and the export as stored, and named in one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const core = testCore();
    const v = votedAtVersion0(core, unreadable);

    const results = call(core, 'activity:results', { activityId: v.activityId }) as unknown as Results;
    expect(results.aggregate.overall.totalDots).toBe(1);
    expect(results.respondents.map((r) => r.participantId)).toEqual([v.second]);
    expect(call(core, 'response:mine', { activityId: v.activityId, participantId: v.first }).mine).toEqual({});
    // Another vote (the results are computed again), and the export: the same answer read again.
    call(core, 'response:submit', { activityId: v.activityId, participantId: v.third, itemKey: 'opt2', value: { dots: 2 } });
    expect(dotsOn(call(core, 'activity:results', { activityId: v.activityId }) as unknown as Results, 'opt2')).toBe(3);
    const file = await exportFile(core, v.workshopId);

    expect(file.responses.find((r) => r.participant === v.first)).toMatchObject({ itemKey: 'opt1', value: { count: 'three' }, valueVersion: 0 });
    expect(storedRows(core, v.activityId)[0]).toEqual({ participant_id: v.first, item_key: 'opt1', value: unreadable, value_version: 0 });
    const named = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes(v.activityId));
    expect(named).toEqual([
      `Common Ground: the answer "opt1" of participant ${v.first} in activity ${v.activityId} does not read (dots: Invalid input: expected number, received string). ` +
        'It is left out of the results; what is stored stays as it was (and in the JSON export) until that person answers again.',
    ]);
    core.close();
  });
});
