import { TEAMS } from '../../shared/domain';
import { i18nFor } from '../i18n';
import { teamName } from '../../shared/team-words';
import { ACTION_STATUS_WORDS, CSV_HEADERS, headers } from './export-words';
import { findDefinition } from '../../activities/registry';
import { namingOf } from '../../activities/naming';
import { aggregate } from '../../activities/aggregate';
import { listActivities } from '../db/queries/activities';
import { listParticipants } from '../db/queries/participants';
import { listResponses } from '../db/queries/responses';
import { listActionItems } from '../db/queries/action-items';
import type { HandlerContext } from '../services/context';
import { getWorkshopOrThrow } from '../services/workshop-records';
import { withCurrentConfig } from '../services/activities';
import { loadRunState } from '../services/run';
import { describeResponse, nameableTeams, shownTeam } from '../report/appendix';

// Raw data as CSV, one file per table: UTF-8 with a byte-order mark (so
// spreadsheets pick the encoding), a header row, CRLF line ends, RFC 4180
// quoting. A cell that starts with = + - @ (or a tab / carriage return) would
// run as a formula in a spreadsheet: it gets a leading apostrophe. Headers, team names and
// statuses are in the workshop's language (export-words.ts); what people typed never changes.

export const CSV_TABLES = ['responses', 'action-items', 'participants'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Every answer: who, team, activity, item, answer in words, the raw value, time.
 * Each activity follows its naming (namingOf), as the report does: only
 * "Named" activities carry the person and the time; "Team only" shows a team
 * only when enough of its people answered; "Anonymous" shows no team. Rows
 * without a name are sorted by team and text (not by when or by whom).
 */
export function responsesCsv(ctx: HandlerContext, workshopId: string): string {
  const workshop = getWorkshopOrThrow(ctx, workshopId);
  const i18n = i18nFor(workshop.language);
  const names = new Map(listParticipants(ctx.db, workshopId).map((p) => [p.id, p.name]));
  const boards = new Map(loadRunState(ctx, workshopId).activities.map((s) => [s.activityId, s.board]));
  const rows: (string | number | null)[][] = [];
  listActivities(ctx.db, workshopId)
    .map(withCurrentConfig)
    .forEach((a, i) => {
      const def = findDefinition(a.kind);
      if (!def?.responses) return;
      const naming = namingOf(def, a, workshop);
      const named = naming === 'named';
      const responses = listResponses(ctx.db, a.id);
      const nameable = named ? new Set(TEAMS) : nameableTeams(aggregate(def, a.config, responses, workshop.anonymityThreshold));
      const these = responses.map((r) => {
        const text = describeResponse(i18n, def, a.config, r, boards.get(a.id));
        const team = shownTeam(naming, r.team, nameable);
        return [
          i + 1,
          a.title,
          named ? (names.get(r.participantId) ?? '') : '',
          team ? teamName(i18n, team) : '',
          text.item,
          text.value,
          JSON.stringify(r.value),
          named ? r.updatedAt : '',
        ];
      });
      if (!named) these.sort((x, y) => `${x[3]}\u0000${x[4]}\u0000${x[5]}`.localeCompare(`${y[3]}\u0000${y[4]}\u0000${y[5]}`));
      rows.push(...these);
    });
  return toCsv(headers(i18n, CSV_HEADERS.responses), rows);
}

export function actionItemsCsv(ctx: HandlerContext, workshopId: string): string {
  const i18n = i18nFor(getWorkshopOrThrow(ctx, workshopId).language);
  return toCsv(
    headers(i18n, CSV_HEADERS.actionItems),
    listActionItems(ctx.db, workshopId).map((a) => [a.text, a.owner, a.dueDate ?? '', i18n._(ACTION_STATUS_WORDS[a.status])]),
  );
}

/** The roster with names only when "Names in the report and exports" is on; otherwise how many people per team. */
export function participantsCsv(ctx: HandlerContext, workshopId: string): string {
  const workshop = getWorkshopOrThrow(ctx, workshopId);
  const people = listParticipants(ctx.db, workshopId);
  const i18n = i18nFor(workshop.language);
  if (!workshop.namesInExports) {
    return toCsv(
      headers(i18n, CSV_HEADERS.teamCounts),
      TEAMS.map((t) => [teamName(i18n, t), people.filter((p) => p.team === t).length] as [string, number]).filter(([, n]) => n > 0),
    );
  }
  return toCsv(
    headers(i18n, CSV_HEADERS.people),
    people.map((p) => [p.name, teamName(i18n, p.team), p.role]),
  );
}

export function tableCsv(ctx: HandlerContext, workshopId: string, table: CsvTable): string {
  if (table === 'responses') return responsesCsv(ctx, workshopId);
  if (table === 'action-items') return actionItemsCsv(ctx, workshopId);
  return participantsCsv(ctx, workshopId);
}
