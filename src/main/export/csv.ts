import { TEAMS, TEAM_LABEL } from '../../shared/domain';
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
// run as a formula in a spreadsheet: it gets a leading apostrophe.

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
        const text = describeResponse(def, a.config, r, boards.get(a.id));
        const team = shownTeam(naming, r.team, nameable);
        return [
          i + 1,
          a.title,
          named ? (names.get(r.participantId) ?? '') : '',
          team ? TEAM_LABEL[team] : '',
          text.item,
          text.value,
          JSON.stringify(r.value),
          named ? r.updatedAt : '',
        ];
      });
      if (!named) these.sort((x, y) => `${x[3]}\u0000${x[4]}\u0000${x[5]}`.localeCompare(`${y[3]}\u0000${y[4]}\u0000${y[5]}`));
      rows.push(...these);
    });
  return toCsv(['activity_number', 'activity', 'participant', 'team', 'item', 'answer', 'value_json', 'time'], rows);
}

export function actionItemsCsv(ctx: HandlerContext, workshopId: string): string {
  getWorkshopOrThrow(ctx, workshopId);
  return toCsv(
    ['action', 'owner', 'due_date', 'status'],
    listActionItems(ctx.db, workshopId).map((a) => [a.text, a.owner, a.dueDate ?? '', a.status]),
  );
}

/** The roster with names only when "Names in the report and exports" is on; otherwise how many people per team. */
export function participantsCsv(ctx: HandlerContext, workshopId: string): string {
  const workshop = getWorkshopOrThrow(ctx, workshopId);
  const people = listParticipants(ctx.db, workshopId);
  if (!workshop.namesInExports) {
    return toCsv(
      ['team', 'people'],
      TEAMS.map((t) => [TEAM_LABEL[t], people.filter((p) => p.team === t).length] as [string, number]).filter(([, n]) => n > 0),
    );
  }
  return toCsv(
    ['name', 'team', 'role'],
    people.map((p) => [p.name, TEAM_LABEL[p.team], p.role]),
  );
}

export function tableCsv(ctx: HandlerContext, workshopId: string, table: CsvTable): string {
  if (table === 'responses') return responsesCsv(ctx, workshopId);
  if (table === 'action-items') return actionItemsCsv(ctx, workshopId);
  return participantsCsv(ctx, workshopId);
}
