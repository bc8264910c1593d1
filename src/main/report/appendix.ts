import type { I18n } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { TEAMS, type Activity, type Participant, type Team } from '../../shared/domain';
import type { Naming } from '../../shared/privacy';
import type { Aggregate } from '../../activities/aggregate';
import type { ActivityDefinition } from '../../activities/types';
import type { ResponseText } from '../../activities/report-types';
import type { ResponseRecord } from '../db/queries/responses';
import type { AppendixTable } from './types';
import type { MessageDescriptor } from '@lingui/core';

// The appendix: every answer, as far as the activity's naming allows.
// Named: one row per answer with the person and the time. Team only and
// anonymous: how many gave each answer, never who or when (team only adds a
// count per team, for teams where enough people answered).

/** One raw answer in words, in the workshop's language; engines without a describer get the key and the value as JSON. */
export function describeResponse(
  i18n: I18n,
  def: ActivityDefinition | undefined,
  config: unknown,
  r: { itemKey: string; value: unknown },
  board?: unknown,
): ResponseText {
  if (def?.describeResponse) return def.describeResponse(config, r.itemKey, r.value, board, i18n);
  return { item: r.itemKey, value: JSON.stringify(r.value) };
}

/** The teams whose answers may be shown apart: those where enough people answered (the aggregate's rule). */
export const nameableTeams = (results: Aggregate | null): Set<Team> =>
  new Set((results?.teams ?? []).filter((t) => t.n > 0 && !t.suppressed).map((t) => t.team));

/** The team shown next to an answer (CSV): never for anonymous, for team only and named only above the threshold. */
export function shownTeam(naming: Naming, team: Team, nameable: Set<Team>): Team | '' {
  if (naming === 'named') return team;
  return naming === 'team' && nameable.has(team) ? team : '';
}

const NAMING_WORD: Readonly<Record<Naming, MessageDescriptor>> = { anonymous: msg`Anonymous`, team: msg`Team only`, named: msg`Named` };

/** An activity's naming in the report's language ("Team only"): NAMING_LABEL's words. */
export const namingWord = (i18n: I18n, naming: Naming): string => i18n._(NAMING_WORD[naming]);

/** Which setting was in force, in the report's words; `removedOn` (a formatted date) when the workshop was anonymised. */
export function privacyText(i18n: I18n, namesInExports: boolean, removedOn: string | null = null): string {
  const named = namingWord(i18n, 'named');
  const team = namingWord(i18n, 'team');
  const anonymous = namingWord(i18n, 'anonymous');
  const removed = removedOn
    ? ` ${t(i18n)`Names were removed from this workshop for good on ${removedOn}: people appear as “Sales 1”, “Marketing 2” and so on.`}`
    : '';
  return (
    (namesInExports
      ? t(
          i18n,
        )`Names in the report and exports: on. Activities marked “${named}” show who gave each answer; “${team}” and “${anonymous}” activities show no names (the trust retro and the persona stay anonymous).`
      : t(
          i18n,
        )`Names in the report and exports: off. Answers are counted per team (“${team}”) or with no team at all (“${anonymous}”); only activities named by nature, such as commitments, show names.`) +
    removed
  );
}

export interface AppendixInput {
  activity: Activity;
  def: ActivityDefinition | undefined;
  responses: ResponseRecord[];
  results: Aggregate | null;
  board: unknown;
  naming: Naming;
  people: Map<string, Participant>;
  order: Map<string, number>;
  clockAt(iso: string): string;
  i18n: I18n;
}

export function appendixTable({ activity, def, responses, results, board, naming, people, order, clockAt, i18n }: AppendixInput): AppendixTable {
  const described = responses.map((r) => ({ r, text: describeResponse(i18n, def, activity.config, r, board) }));
  const base = {
    title: activity.title,
    naming,
    namingLabel: namingWord(i18n, naming),
    showItem: new Set(described.map((d) => d.text.item)).size > 1,
  };
  if (naming === 'named') {
    const rows = [...described]
      .sort((a, b) => (order.get(a.r.participantId) ?? 0) - (order.get(b.r.participantId) ?? 0) || (a.r.updatedAt < b.r.updatedAt ? -1 : 1))
      .map(({ r, text }) => ({ who: people.get(r.participantId)?.name ?? '', team: r.team, item: text.item, value: text.value, time: clockAt(r.updatedAt) }));
    const named = namingWord(i18n, 'named');
    return { ...base, note: t(i18n)`${named}: each answer with the person and when it was last changed.`, rows, counts: [], countTeams: [] };
  }
  const nameable = nameableTeams(results);
  const countTeams = naming === 'team' ? TEAMS.filter((t) => nameable.has(t)) : [];
  return {
    ...base,
    note: naming === 'team' ? teamNote(i18n) : anonymousNote(i18n),
    rows: [],
    counts: countAnswers(
      described.map(({ r, text }) => ({ team: r.team, ...text })),
      countTeams,
    ),
    countTeams,
  };
}

/** item → answer → count (and per team for the given teams); items in the order first answered, answers most given first. */
export function countAnswers(answers: { team: Team; item: string; value: string }[], teams: readonly Team[]): AppendixTable['counts'] {
  const byItem = new Map<string, Map<string, { count: number; teams: number[] }>>();
  for (const a of answers) {
    const values = byItem.get(a.item) ?? byItem.set(a.item, new Map()).get(a.item)!;
    const entry = values.get(a.value) ?? values.set(a.value, { count: 0, teams: teams.map(() => 0) }).get(a.value)!;
    entry.count++;
    const t = teams.indexOf(a.team);
    if (t >= 0) entry.teams[t]!++;
  }
  return [...byItem].flatMap(([item, values]) =>
    [...values]
      .sort(([va, a], [vb, b]) => b.count - a.count || va.localeCompare(vb))
      .map(([value, { count, teams: perTeam }]) => ({ item, value, count, teams: perTeam })),
  );
}

const teamNote = (i18n: I18n) => {
  const team = namingWord(i18n, 'team');
  return t(i18n)`${team}: how many gave each answer, never who or when; a team is counted apart only when enough of its people answered.`;
};
const anonymousNote = (i18n: I18n) => {
  const anonymous = namingWord(i18n, 'anonymous');
  return t(i18n)`${anonymous}: how many gave each answer, never who, when or which team.`;
};
