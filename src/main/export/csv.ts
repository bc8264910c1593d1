import { TEAM_LABEL } from '../../shared/domain';
import { findDefinition } from '../../activities/registry';
import { aggregate } from '../../activities/aggregate';
import { listActivities } from '../db/queries/activities';
import { listParticipants } from '../db/queries/participants';
import { listResponses } from '../db/queries/responses';
import { listActionItems } from '../db/queries/action-items';
import type { HandlerContext } from '../services/context';
import { getWorkshopOrThrow } from '../services/workshop-records';
import { withCurrentConfig } from '../services/activities';
import { loadRunState } from '../services/run';
import { describeResponse, isAnonymous, nameableTeams } from '../report/data';

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
 * Anonymous activities follow the report's rule: no name, no time, a team only
 * when enough of its people answered, rows sorted by team and text (not by
 * when or by whom).
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
      const anonymous = isAnonymous(def, a.config);
      const responses = listResponses(ctx.db, a.id);
      const shown = anonymous ? nameableTeams(aggregate(def, a.config, responses, workshop.anonymityThreshold)) : new Set();
      const these = responses.map((r) => {
        const text = describeResponse(def, a.config, r, boards.get(a.id));
        return [
          i + 1,
          a.title,
          anonymous ? '' : (names.get(r.participantId) ?? ''),
          anonymous && !shown.has(r.team) ? '' : TEAM_LABEL[r.team],
          text.item,
          text.value,
          JSON.stringify(r.value),
          anonymous ? '' : r.updatedAt,
        ];
      });
      if (anonymous) these.sort((x, y) => `${x[3]}\u0000${x[4]}\u0000${x[5]}`.localeCompare(`${y[3]}\u0000${y[4]}\u0000${y[5]}`));
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

export function participantsCsv(ctx: HandlerContext, workshopId: string): string {
  getWorkshopOrThrow(ctx, workshopId);
  return toCsv(
    ['name', 'team', 'role'],
    listParticipants(ctx.db, workshopId).map((p) => [p.name, TEAM_LABEL[p.team], p.role]),
  );
}

export function tableCsv(ctx: HandlerContext, workshopId: string, table: CsvTable): string {
  if (table === 'responses') return responsesCsv(ctx, workshopId);
  if (table === 'action-items') return actionItemsCsv(ctx, workshopId);
  return participantsCsv(ctx, workshopId);
}
