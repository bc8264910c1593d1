import { vi } from 'vitest';
import { aggregate } from '../../../src/activities/aggregate';
import { ACTIVITIES, type ActivityKind, type TallyOf } from '../../../src/activities/registry';
import type { ActivityDefinition, StoredResponse } from '../../../src/activities/types';
import type { ResultsOf } from '../../../src/activities/view-types';
import type { Activity, Team } from '../../../src/shared/domain';

export function activityOf(kind: string, config: unknown): Activity {
  return { id: `a-${kind}`, workshopId: 'w1', position: 0, kind, title: kind, minutes: 10, config, configVersion: 1, notes: '', naming: null };
}

/** Props for a participant view with spies; submit resolves unless told otherwise. */
export function participantProps<C>(kind: string, config: C, mine: Record<string, unknown> = {}, opts: { locked?: boolean; fail?: boolean } = {}) {
  const submit = vi.fn((_key: string, _value: unknown) => (opts.fail ? Promise.reject(new Error('The server is not answering.')) : Promise.resolve()));
  const announce = vi.fn();
  return {
    activity: activityOf(kind, config),
    config,
    participant: { id: 'p1', name: 'Ana', team: 'sales' as Team },
    mine,
    locked: opts.locked ?? false,
    submit,
    announce,
  };
}

/** The kind's results over these answers, typed by its tally (the answers are the test's to get right). */
export function resultsFor<K extends ActivityKind>(kind: K, config: unknown, responses: StoredResponse[], threshold = 3): ResultsOf<TallyOf<K>> {
  const def: ActivityDefinition<unknown, unknown, TallyOf<K>> = ACTIVITIES[kind] as ActivityDefinition<never, never, TallyOf<K>>;
  return {
    activityId: `a-${kind}`,
    aggregate: aggregate(def, config, responses, threshold),
    respondents: [...new Set(responses.map((r) => r.participantId))].map((participantId) => ({ participantId, complete: true })),
    threshold,
  };
}

/** n people of a team, each answering with make(i). */
export function answers<V>(team: Team, n: number, make: (i: number) => [string, V][]): StoredResponse[] {
  return Array.from({ length: n }, (_, i) => make(i).map(([itemKey, value]) => ({ participantId: `${team}-${i}`, team, itemKey, value }))).flat();
}
