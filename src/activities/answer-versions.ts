import { findDefinition } from './registry';
import { latestVersion, readVersioned, versionHistory, warnOnce, type VersionHistory, type VersionedRead } from './versioned';
import { brainstormAnswerHistory } from './brainstorm/migrations';
import { buyingmapAnswerHistory } from './buyingmap/migrations';
import { cardsortAnswerHistory } from './cardsort/migrations';
import { commitmentsAnswerHistory } from './commitments/migrations';
import { compAnswerHistory } from './comp/migrations';
import { dotvoteAnswerHistory } from './dotvote/migrations';
import { kpisortAnswerHistory } from './kpisort/migrations';
import { leadsortAnswerHistory } from './leadsort/migrations';
import { messagingAnswerHistory } from './messaging/migrations';
import { personaAnswerHistory } from './persona/migrations';
import { rankingAnswerHistory } from './ranking/migrations';
import { pulseAnswerHistory } from './pulse/migrations';
import { retroAnswerHistory } from './retro/migrations';

// Participants' answers, versioned as the boards are (activities/board-versions.ts): each kind
// that takes answers lists how one stored answer's value changed shape (<kind>/migrations.ts).
// An answer is stored with its version (responses.value_version, 0 for answers saved before
// versions), brought up to date whenever it is read, and written at the current version.

/** Every kind that takes answers, with the steps its stored answers went through. */
export const ANSWER_HISTORIES = {
  brainstorm: brainstormAnswerHistory,
  buyingmap: buyingmapAnswerHistory,
  cardsort: cardsortAnswerHistory,
  commitments: commitmentsAnswerHistory,
  comp: compAnswerHistory,
  dotvote: dotvoteAnswerHistory,
  kpisort: kpisortAnswerHistory,
  leadsort: leadsortAnswerHistory,
  messaging: messagingAnswerHistory,
  persona: personaAnswerHistory,
  pulse: pulseAnswerHistory,
  ranking: rankingAnswerHistory,
  retro: retroAnswerHistory,
} satisfies Record<string, VersionHistory>;

const NO_STEPS = versionHistory('answer', []);

export function answerHistory(kind: string): VersionHistory {
  return (ANSWER_HISTORIES as Record<string, VersionHistory | undefined>)[kind] ?? NO_STEPS;
}

/** The version an answer of this kind is written at now (0 for kinds whose answers never changed shape). */
export const currentAnswerVersion = (kind: string): number => latestVersion(answerHistory(kind));

/** Where a stored answer sits, for the warning when it does not read. */
export interface AnswerPlace {
  activityId: string;
  participantId: string;
  itemKey: string;
}

/**
 * The one way to read a stored answer: brought from its version to the current one by the
 * engine's steps, then parsed by the engine's value schema. An answer that does not read is
 * never dropped silently: a warning (once per answer) names it and says why; the caller leaves
 * it out of tallies while the database and the JSON export keep it as stored.
 */
export function readAnswer(kind: string, stored: unknown, version: number, place?: AnswerPlace): VersionedRead<unknown> {
  const schema = findDefinition(kind)?.responses?.valueSchema;
  const result: VersionedRead<unknown> = schema
    ? readVersioned(answerHistory(kind), schema, version, stored)
    : { ok: false, why: `a ${kind.slice(0, 40) || 'nameless'} activity takes no answers` };
  if (!result.ok) {
    const where = place
      ? `the answer "${place.itemKey}" of participant ${place.participantId} in activity ${place.activityId}`
      : `an answer to a ${kind} activity`;
    warnOnce(
      `answer\u0000${kind}\u0000${place ? `${place.activityId}\u0000${place.participantId}\u0000${place.itemKey}` : ''}\u0000${version}\u0000${JSON.stringify(stored)}`,
      `Common Ground: ${where} does not read (${result.why}). It is left out of the results; ` +
        'what is stored stays as it was (and in the JSON export) until that person answers again.',
    );
  }
  return result;
}

/**
 * A stored answer at the current version, for the export: migrated when it reads (as the steps
 * left it, not re-parsed); when it does not, exactly as stored, at its stored version.
 */
export function upgradeStoredAnswer(kind: string, stored: unknown, version: number, place?: AnswerPlace): { value: unknown; valueVersion: number } {
  const result = readAnswer(kind, stored, version, place);
  return result.ok ? { value: result.migrated, valueVersion: currentAnswerVersion(kind) } : { value: stored, valueVersion: version };
}
