import { TEAMS, TEAM_LABEL, type Activity } from '../../shared/domain';
import { NAMING_LABEL, type Naming } from '../../shared/privacy';
import { scheduleDrift } from '../../shared/run';
import { aggregate, type Aggregate } from '../../activities/aggregate';
import { findDefinition } from '../../activities/registry';
import type { ActivityDefinition } from '../../activities/types';
import { namingOf } from '../../activities/naming';
import type { Commitment, ReportBlock } from '../../activities/report-types';
import { listActivities } from '../db/queries/activities';
import { listParticipants } from '../db/queries/participants';
import { listResponses, type ResponseRecord } from '../db/queries/responses';
import { listActionItems } from '../db/queries/action-items';
import type { HandlerContext } from '../services/context';
import type { Core } from '../core/types';
import { ok, type Result } from '../../shared/api/result';
import { getWorkshopOrThrow } from '../services/workshop-records';
import { withCurrentConfig } from '../services/activities';
import { loadRunState } from '../services/run';
import { appendixTable, privacyText } from './appendix';
import { REPORT_SECTIONS, type AppendixTable, type ReportActivity, type ReportCommitment, type ReportData, type ReportFinding, type ReportOptions } from './types';

// Everything the report shows, gathered from the database in one read and
// put into words. Results come only through aggregate() (the same
// suppression as on screen); names only where the activity's naming is
// "Named" (namingOf: the engine's policy, the activity's override and the
// workshop's "Names in the report and exports").

const DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
const STAMP = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

export const formatDate = (iso: string | null): string => (iso ? DATE.format(new Date(`${iso}T00:00:00Z`)) : '');
export const formatShortDate = (iso: string | null): string => (iso ? SHORT_DATE.format(new Date(`${iso}T00:00:00Z`)) : '');

function addMinutes(clock: string, minutes: number): string {
  const [h, m] = clock.split(':').map(Number);
  const total = (h! * 60 + m! + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function repeatText(c: Commitment): string {
  const r = c.repeat;
  if (!r) return '';
  const unit = r.every === 1 ? r.unit : `${r.every} ${r.unit}s`;
  return `every ${unit}${r.times ? `, ${r.times} times` : ''}`;
}

export function anonymityNote(threshold: number): string {
  return (
    `Anonymity: a team’s results are shown separately only when at least ${threshold} of its people answered ` +
    `(smaller groups are marked “suppressed” and count only in the overall figures).`
  );
}

interface ActivityFacts {
  activity: Activity;
  def: ActivityDefinition | undefined;
  responses: ResponseRecord[];
  results: Aggregate | null;
  naming: Naming;
}

/** Gather the report in one transaction (tests, the calendar export). */
export function assembleReport(ctx: HandlerContext, workshopId: string, options: ReportOptions): ReportData {
  const steps = reportSteps(workshopId, options);
  let step = steps.next();
  while (!step.done) step = steps.next(ctx);
  return step.value;
}

/**
 * Gather the report a piece at a time (one short transaction per activity,
 * the event loop free in between), so phones' votes are still acknowledged
 * at once while a big report is put together.
 */
export async function assembleReportAsync(core: Core, workshopId: string, options: ReportOptions): Promise<Result<ReportData>> {
  const steps = reportSteps(workshopId, options);
  steps.next();
  for (;;) {
    const step = core.transact('report', (ctx) => steps.next(ctx));
    if (!step.ok) return step;
    if (step.value.done) return ok(step.value.value);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The report's data, as steps that each take a fresh transaction context (see the two functions above). */
function* reportSteps(workshopId: string, options: ReportOptions): Generator<void, ReportData, HandlerContext> {
  let ctx: HandlerContext = yield;
  const workshop = getWorkshopOrThrow(ctx, workshopId);
  const participants = listParticipants(ctx.db, workshopId);
  const names = new Map(participants.map((p) => [p.id, p]));
  const order = new Map(participants.map((p, i) => [p.id, i]));
  const activities = listActivities(ctx.db, workshopId).map(withCurrentConfig);
  const run = loadRunState(ctx, workshopId);
  const nowMs = Date.parse(ctx.now);
  const { timings } = scheduleDrift(activities, run, nowMs);
  const timing = new Map(timings.map((t) => [t.activityId, t]));
  const threshold = workshop.anonymityThreshold;
  const boards = new Map(run.activities.map((a) => [a.activityId, a.board]));
  const finished = run.status === 'ended' || workshop.status === 'finished';

  const facts: ActivityFacts[] = [];
  for (const activity of activities) {
    ctx = yield;
    const def = findDefinition(activity.kind);
    const responses = def?.responses ? listResponses(ctx.db, activity.id) : [];
    facts.push({ activity, def, responses, results: def ? aggregate(def, activity.config, responses, threshold) : null, naming: namingOf(def, activity, workshop) });
  }

  const statusOf = (a: Activity): ReportActivity['status'] => {
    const t = timing.get(a.id);
    if (t?.current) return 'current';
    return t?.visited ? 'done' : 'not-run';
  };
  const minutes = (ms: number) => Math.round(ms / 60_000);

  const commitment = (c: Commitment, source: string, status = 'open'): ReportCommitment => ({
    ...c,
    repeatText: repeatText(c),
    dueText: formatShortDate(c.due),
    source,
    status,
  });

  // Sections per activity.
  const sections: ReportActivity[] = [];
  for (const [index, { activity, def, results, naming }] of facts.entries()) {
    ctx = yield;
    const status = statusOf(activity);
    let blocks: ReportBlock[];
    try {
      blocks =
        def?.report?.({
          title: activity.title,
          config: activity.config,
          results,
          threshold,
          board: boards.get(activity.id) ?? def.board?.initial() ?? null,
          nameOf: (id) => (naming === 'named' ? (names.get(id)?.name ?? null) : null),
          status,
        }) ?? [];
    } catch (error) {
      console.error(`[report] ${activity.kind} report failed:`, error);
      blocks = [{ type: 'callout', tone: 'warning', text: 'This activity’s results could not be summarised. The raw answers are in the appendix.' }];
    }
    if (!def?.report && def?.interactive) {
      blocks = [{ type: 'paragraph', muted: true, text: `${results?.n ?? 0} people answered. The raw answers are in the appendix.` }];
    }
    if (blocks.length === 0) continue;
    // Commitment blocks get their dates in words, like the commitments chapter.
    blocks = blocks.map((b) =>
      b.type === 'commitments' ? ({ ...b, items: b.items.map((c) => commitment(c, activity.title)) } as ReportBlock) : b,
    );
    const t = timing.get(activity.id);
    sections.push({
      number: index + 1,
      title: activity.title,
      kindLabel: def?.label ?? activity.kind,
      why: def?.description ?? '',
      status,
      statusText: status === 'done' ? '' : status === 'current' ? 'In progress' : finished ? 'Skipped' : 'Not run yet',
      plannedMinutes: activity.minutes,
      actualMinutes: t?.visited ? minutes(t.actualMs) : null,
      naming,
      // Only where people answer: a slide or a break has no answers to name.
      namingLabel: def?.responses ? NAMING_LABEL[naming] : '',
      blocks,
    });
  }

  // Findings for the executive summary.
  const findings: ReportFinding[] = sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.type === 'finding' ? [{ kind: b.kind, text: b.text, detail: b.detail ?? null, weight: b.weight ?? 1, activity: s.title }] : [],
    ),
  );
  const top = (kind: ReportFinding['kind'], n: number) =>
    findings
      .filter((f) => f.kind === kind)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, n);

  // Commitments: from the activities (commitments exercise) and the action items.
  const commitments: ReportCommitment[] = [
    ...sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'commitments' ? (b.items as ReportCommitment[]) : []))),
    ...listActionItems(ctx.db, workshopId)
      .filter((a) => a.status !== 'dropped')
      .map((a) => commitment({ text: a.text, owner: a.owner, due: a.dueDate, kind: 'action' }, 'Action items', a.status)),
  ];

  // Agenda, planned against actual.
  let clock = workshop.startTime;
  const agendaRows = activities.map((a, i) => {
    const t = timing.get(a.id);
    const start = clock ?? '';
    if (clock) clock = addMinutes(clock, a.minutes);
    return {
      number: i + 1,
      title: a.title,
      kindLabel: findDefinition(a.kind)?.label ?? a.kind,
      start,
      planned: a.minutes,
      actual: t?.visited ? minutes(t.actualMs) : null,
      status: statusOf(a),
    };
  });
  const plannedTotal = activities.reduce((s, a) => s + a.minutes, 0);
  const visited = agendaRows.filter((r) => r.actual !== null);
  const actualTotal = visited.length ? visited.reduce((s, r) => s + (r.actual ?? 0), 0) : null;
  const clockAt = (iso: string | null) => (iso ? CLOCK.format(new Date(iso)) : '');
  const agendaNote = run.startedAt
    ? `Started at ${clockAt(run.startedAt)}${run.endedAt ? `, ended at ${clockAt(run.endedAt)}` : ', still running'}. ` +
      (actualTotal !== null ? `${actualTotal} of ${plannedTotal} planned minutes used${run.endedAt ? '' : ' so far'} on ${visited.length} of ${activities.length} activities.` : '')
    : 'The workshop has not started yet: times are as planned.';

  // Appendix: every raw answer, in words, as far as each activity's naming allows.
  const appendixTables: AppendixTable[] = [];
  for (const { activity, def, responses, results, naming } of facts.filter((f) => f.responses.length > 0)) {
    yield;
    appendixTables.push(appendixTable({ activity, def, responses, results, naming, board: boards.get(activity.id), people: names, order, clockAt }));
  }

  const teams = TEAMS.map((team) => ({ team, label: TEAM_LABEL[team], count: participants.filter((p) => p.team === team).length })).filter(
    (t) => t.count > 0,
  );
  const done = agendaRows.filter((r) => r.status === 'done').length;
  const answered = new Set(facts.flatMap((f) => f.responses.map((r) => r.participantId))).size;
  const wanted = new Set(options.sections);
  const timeText = workshop.startTime ? `${workshop.startTime}${workshop.plannedEnd ? `–${workshop.plannedEnd}` : ''}` : '';

  return {
    version: 1,
    paper: options.paper,
    sections: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, wanted.has(s)])) as ReportData['sections'],
    partial: !finished,
    partialText: finished
      ? ''
      : run.status === 'running'
        ? `Interim report: the workshop is still running (${done} of ${activities.length} activities done).`
        : 'Interim report: the workshop has not been run yet, so this shows the plan.',
    generated: STAMP.format(new Date(nowMs)),
    workshop: {
      title: workshop.title,
      goal: workshop.goal,
      dateText: formatDate(workshop.date),
      timeText,
      location: workshop.location,
      facilitator: workshop.facilitator,
      threshold,
    },
    teams,
    participantCount: participants.length,
    anonymityNote: anonymityNote(threshold),
    privacy: { namesInExports: workshop.namesInExports, text: privacyText(workshop.namesInExports, workshop.anonymisedAt ? formatDate(workshop.anonymisedAt.slice(0, 10)) : null) },
    summary: {
      metrics: [
        { label: 'participants', value: String(participants.length) },
        { label: 'answered at least once', value: String(answered) },
        { label: 'activities run', value: `${done + agendaRows.filter((r) => r.status === 'current').length} of ${activities.length}` },
        { label: 'commitments', value: String(commitments.length) },
      ],
      decisions: top('decision', 4),
      gaps: top('gap', 3),
      insights: top('insight', 2),
      commitments: commitments.slice(0, 6),
    },
    agenda: { rows: agendaRows, plannedTotal, actualTotal, note: agendaNote },
    activities: sections,
    commitments,
    appendix: {
      tables: appendixTables,
      roster: workshop.namesInExports ? participants.map((p) => ({ name: p.name, team: p.team, role: p.role })) : [],
      rosterNote: workshop.namesInExports
        ? ''
        : `${participants.length} ${participants.length === 1 ? 'person' : 'people'} took part${teams.length ? ` (${teams.map((t) => `${t.count} ${t.label}`).join(', ')})` : ''}. Their names are left out because “Names in the report and exports” is off.`,
    },
  };
}
