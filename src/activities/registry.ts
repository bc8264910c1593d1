import type { z } from 'zod';
import type { ActivityDefinition } from './types';
import { slide } from './slide/definition';
import { brainstorm } from './brainstorm/definition';
import { messaging } from './messaging/definition';
import { dotvote } from './dotvote/definition';
import { cardsort } from './cardsort/definition';
import { ranking } from './ranking/definition';
import { breakActivity } from './break/definition';
import { comp } from './comp/definition';
import { commitments } from './commitments/definition';
import { persona } from './persona/definition';
import { buyingmap } from './buyingmap/definition';
import { leadsort } from './leadsort/definition';
import { kpisort } from './kpisort/definition';
import { retro } from './retro/definition';
import { pulse } from './pulse/definition';
import { review } from './review/definition';

/**
 * Every activity kind, by kind, in the order the library shows them. The one
 * list of kinds: views.ts, participant-views.ts and editors.ts are typed by
 * its keys, so a kind without its views or editor does not compile.
 */
export const ACTIVITIES = {
  slide,
  brainstorm,
  messaging,
  dotvote,
  cardsort,
  ranking,
  leadsort,
  persona,
  buyingmap,
  kpisort,
  retro,
  pulse,
  review,
  comp,
  commitments,
  break: breakActivity,
} satisfies { [K in string]: { kind: K } };

/** Every kind of activity there is. */
export type ActivityKind = keyof typeof ACTIVITIES;

type DefinitionOf<K extends ActivityKind> = (typeof ACTIVITIES)[K];
/** What a kind's settings are (what its editor edits, what its views show). */
export type ConfigOf<K extends ActivityKind> = z.output<DefinitionOf<K>['configSchema']>;
/** A kind's results, overall and per team; `never` for kinds nobody answers. */
export type TallyOf<K extends ActivityKind> = ReturnType<NonNullable<DefinitionOf<K>['responses']>['tally']>;
/** A kind's facilitator board; `never` for kinds without one. */
export type BoardOf<K extends ActivityKind> = z.output<NonNullable<DefinitionOf<K>['board']>['schema']>;
/** The kinds people answer (they have responses, a Participant view and Results). */
export type InteractiveKind = { [K in ActivityKind]: [TallyOf<K>] extends [never] ? never : K }[ActivityKind];
/** The kinds that keep a facilitator's board (they have a Board view). */
export type BoardKind = { [K in ActivityKind]: [BoardOf<K>] extends [never] ? never : K }[ActivityKind];

/** Every definition, in the order the library shows them. */
export const ACTIVITY_DEFINITIONS: readonly ActivityDefinition[] = Object.values(ACTIVITIES);

/** Whether `kind` names an activity kind (not just any string, nor an object key like "toString"). */
export function isActivityKind(kind: string): kind is ActivityKind {
  return Object.hasOwn(ACTIVITIES, kind);
}

export function findDefinition(kind: string): ActivityDefinition | undefined {
  return isActivityKind(kind) ? ACTIVITIES[kind] : undefined;
}
