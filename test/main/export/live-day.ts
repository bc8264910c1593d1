import { createBackend } from '../../../src/main/backend';
import type { Core } from '../../../src/main/core';
import type { Activity } from '../../../src/shared/domain';
import type { ExportedFile } from '../../../src/shared/export';
import { ALIGNMENT_DAY_ID } from '../../../src/main/services/builtin-templates';
import { makeBallot, lastBallotId } from '../../../src/activities/persona/board';
import { readPersonaBoard } from '../../../src/activities/persona/definition';
import type { PersonaConfig } from '../../../src/activities/persona/definition';
import type { PersonaTally } from '../../../src/activities/persona/logic';
import { call } from '../../helpers/core';
import { differingFields, normaliseWorkshopFile } from './workshop-file-compare';

// The built-in alignment day driven through the live operations only, with
// the facilitator's ballot moves done the way the console does them. No
// vitest here: the example test and the property test both use it.

/** The workshop file as the export screen downloads it. */
export async function exportJson(core: Core, workshopId: string): Promise<string> {
  const backend = createBackend(core);
  const r = await backend.invoke('export:prepare', { workshopId, format: 'json' });
  if (!r.ok) throw new Error(r.error.message);
  return backend.exports.get((r.value as ExportedFile).exportId)!.body.toString('utf8');
}

/** Export, import, export again: the fields that differ (none expected) and the imported workshop's id. */
export async function roundTrip(core: Core, workshopId: string): Promise<{ differing: string[]; importedId: string; first: string }> {
  const first = await exportJson(core, workshopId);
  const imported = call(core, 'workshop:import', { json: first });
  const second = await exportJson(core, imported.id);
  return { differing: differingFields(normaliseWorkshopFile(first), normaliseWorkshopFile(second)), importedId: imported.id, first };
}

export interface LiveDay {
  workshopId: string;
  activities: Activity[];
  people: { id: string; name: string }[];
  byKind(kind: string): Activity;
}

/** The alignment day with a few people, started (on its first activity). */
export function startAlignmentDay(core: Core, names: readonly string[]): LiveDay {
  const w = call(core, 'template:createWorkshop', { templateId: ALIGNMENT_DAY_ID, title: 'Alignment day, live' });
  const people = call(core, 'participant:addMany', { workshopId: w.id, people: names.map((name, i) => ({ name, team: i % 2 === 0 ? 'sales' : 'marketing' })) });
  call(core, 'run:start', { workshopId: w.id });
  const activities = call(core, 'workshop:get', { id: w.id }).activities;
  return { workshopId: w.id, activities, people, byKind: (kind) => activities.find((a) => a.kind === kind)! };
}

export function boardOf(core: Core, day: LiveDay, activityId: string): unknown {
  return call(core, 'run:get', { workshopId: day.workshopId }).activities.find((s) => s.activityId === activityId)?.board ?? null;
}

/** The console's "Open the vote" / "Add new notes to the vote": the ballot remade from today's notes, leaving out hidden ones. */
export function personaOpenVote(core: Core, day: LiveDay): void {
  const a = day.byKind('persona');
  const board = readPersonaBoard(boardOf(core, day, a.id));
  const notes = (call(core, 'activity:results', { activityId: a.id }).aggregate?.overall as PersonaTally | undefined)?.notes ?? [];
  const ballot = makeBallot(a.config as PersonaConfig, notes, board.hidden, board.ballot, board.lastId ?? 0);
  const lastId = Math.max(board.lastId ?? 0, lastBallotId(ballot));
  call(core, 'run:setBoard', { activityId: a.id, board: { ...board, phase: 'vote', ballot, lastId } });
}

/** The console's "Leave out of the vote" (or back in) on one note. */
export function personaToggleHidden(core: Core, day: LiveDay, noteKey: string): void {
  const a = day.byKind('persona');
  const board = readPersonaBoard(boardOf(core, day, a.id));
  const hidden = board.hidden.includes(noteKey) ? board.hidden.filter((k) => k !== noteKey) : [...board.hidden, noteKey];
  call(core, 'run:setBoard', { activityId: a.id, board: { ...board, hidden } });
}

/** The console's "Back to writing notes" (votes are kept). */
export function personaBackToNotes(core: Core, day: LiveDay): void {
  const a = day.byKind('persona');
  call(core, 'run:setBoard', { activityId: a.id, board: { ...readPersonaBoard(boardOf(core, day, a.id)), phase: 'collect' } });
}
