import { TEAMS, TEAM_LABEL, type Activity } from '../../shared/domain';
import type { Naming } from '../../shared/privacy';
import { scheduleDrift } from '../../shared/run';
import { aggregate, type Aggregate } from '../../activities/aggregate';
import { findDefinition } from '../../activities/registry';
import type { ActivityDefinition } from '../../activities/types';
import { namingOf } from '../../activities/naming';
import type { Commitment, ReportBlock, ReportFormat } from '../../activities/report-types';
import { reportFormat } from '../../activities/kit/report';
import { listActivities } from '../db/queries/activities';
import { listParticipants } from '../db/queries/participants';
import { listResponses, type ResponseRecord } from '../db/queries/responses';
import { listActionItems } from '../db/queries/action-items';
import type { HandlerContext } from '../services/context';
import type { Core } from '../core/types';
import { ok, type Result } from '../../shared/api/result';
import { getWorkshopOrThrow } from '../services/workshop-records';
import { withCurrentConfig } from '../services/activities';
import { brandOf } from '../services/branding';
import { loadRunState } from '../services/run';
import { appendixTable, privacyText } from './appendix';
import { commitmentFollowUps, sectionFollowUps } from './follow-up';
import { reportLocale } from './locale';
import { RUN_RULE, STATE_TEXT, runStateOf, runSummary, type RunFacts } from './run-state';
import { buildSection } from './section';
import { seriesReport } from './series-trends';
import { seriesTrends } from '../services/trends';
import {
  REPORT_SECTIONS,
  type AppendixTable,
  type ReportActivity,
  type ReportCommitment,
  type ReportData,
  type ReportFinding,
  type ReportOptions,
  type RunState,
} from './types';

// Everything the report shows, gathered from the database in one read and
// put into words. Results come only through aggregate() (the same
// suppression as on screen); names only where the activity's naming is
// "Named" (namingOf: the engine's policy, the activity's override and the
// workshop's "Names in the report and exports"). Dates, times and numbers in
// one style, from the workshop's locale (locale.ts).

/** The local wall-clock time of an instant, "14:55", for the locale to write. */
const LOCAL_CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
const localDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** "Tue, 15 Dec 2026" in the report's locale (en-GB when none is given). */
export const formatDate = (iso: string | null, format: ReportFormat = reportFormat()): string => format.date(iso);

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
    `(smaller groups are marked “suppressed” and count only in the overall figures). ` +
    `When a suppressed group could be worked out by taking the shown teams from the total, the smallest shown team is hidden too.`
  );
}

interface ActivityFacts {
  activity: Activity;
  def: ActivityDefinition | undefined;
  responses: ResponseRecord[];
  results: Aggregate | null;
  naming: Naming;
  run: RunFacts;
  state: RunState;
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
  const format = reportFormat(reportLocale(workshop));
  const brandFound = brandOf(ctx, workshopId);
  const brand: ReportData['brand'] = {
    clientName: brandFound.clientName,
    accent: brandFound.accent,
    accentForText: brandFound.accentForText,
    logo: brandFound.logo
      ? {
          file: brandFound.logo.mime === 'image/svg+xml' ? 'logo.svg' : 'logo.png',
          width: brandFound.logo.width,
          height: brandFound.logo.height,
          base64: brandFound.logo.base64,
        }
      : null,
  };
  const series = seriesReport(seriesTrends(ctx, { workshopId }), workshopId, format);
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
  const currentAt = run.status === 'running' ? activities.findIndex((a) => a.id === run.currentActivityId) : -1;
  const minutes = (ms: number) => Math.round(ms / 60_000);

  const facts: ActivityFacts[] = [];
  for (const [index, activity] of activities.entries()) {
    ctx = yield;
    const def = findDefinition(activity.kind);
    const responses = def?.responses ? listResponses(ctx.db, activity.id) : [];
    const t = timing.get(activity.id);
    const run: RunFacts = {
      current: Boolean(t?.current),
      visited: Boolean(t?.visited),
      passed: index < currentAt,
      actualMinutes: t?.visited ? minutes(t.actualMs) : 0,
      answers: responses.length,
    };
    facts.push({
      activity,
      def,
      responses,
      results: def ? aggregate(def, activity.config, responses, threshold) : null,
      naming: namingOf(def, activity, workshop),
      run,
      state: runStateOf(run, finished),
    });
  }

  // Many answers share a minute: write each minute once (the appendix has a time on every named answer).
  const clocks = new Map<string, string>();
  const clockAt = (iso: string | null) => {
    if (!iso) return '';
    const minute = iso.slice(0, 16);
    let text = clocks.get(minute);
    if (text === undefined) clocks.set(minute, (text = format.time(LOCAL_CLOCK.format(new Date(iso)))));
    return text;
  };
  const commitment = (c: Commitment, source: string, status = 'open'): ReportCommitment => ({
    ...c,
    repeatText: repeatText(c),
    dueText: format.date(c.due),
    timeText: format.time(c.time),
    source,
    status,
  });

  // Sections per activity.
  const sections: ReportActivity[] = [];
  for (const [index, { activity, def, results, naming, run: f, state }] of facts.entries()) {
    ctx = yield;
    const section = buildSection({
      number: index + 1,
      activity,
      def,
      results,
      naming,
      threshold,
      board: boards.get(activity.id),
      nameOf: (id) => (naming === 'named' ? (names.get(id)?.name ?? null) : null),
      facts: f,
      state,
      format,
    });
    if (!section) continue;
    // Commitment blocks get their dates in words, like the commitments chapter.
    section.blocks = section.blocks.map((b) =>
      b.type === 'commitments' ? ({ ...b, items: b.items.map((c) => commitment(c, activity.title)) } as ReportBlock) : b,
    );
    sections.push(section);
  }

  // Findings for the executive summary.
  const findings: ReportFinding[] = sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.type === 'finding'
        ? [{ kind: b.kind, text: b.text, detail: b.detail ?? null, more: b.more ?? null, weight: b.weight ?? 1, activity: s.title, section: s.number }]
        : [],
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
  const followUps = [...sections.flatMap(sectionFollowUps), ...commitmentFollowUps(commitments)];

  // Agenda, planned against actual.
  let clock = workshop.startTime;
  const agendaRows = facts.map(({ activity: a, def, run: f, state }, i) => {
    const start = clock ?? '';
    if (clock) clock = addMinutes(clock, a.minutes);
    return {
      number: i + 1,
      title: a.title,
      kindLabel: def?.label ?? a.kind,
      start: format.time(start),
      planned: a.minutes,
      actual: f.visited ? f.actualMinutes : null,
      status: statusOf(state),
      state,
      stateText: STATE_TEXT[state],
    };
  });
  const plannedTotal = activities.reduce((s, a) => s + a.minutes, 0);
  const visited = agendaRows.filter((r) => r.actual !== null);
  const actualTotal = visited.length ? visited.reduce((s, r) => s + (r.actual ?? 0), 0) : null;
  const agendaNote = run.startedAt
    ? `Started at ${clockAt(run.startedAt)}${run.endedAt ? `, ended at ${clockAt(run.endedAt)}` : ', still running'}. ` +
      (actualTotal !== null
        ? `${actualTotal} of ${plannedTotal} planned minutes used${run.endedAt ? '' : ' so far'} on ${visited.length} of ${activities.length} activities.`
        : '')
    : 'The workshop has not started yet: times are as planned.';

  // Appendix: every raw answer, in words, as far as each activity's naming allows.
  const appendixTables: AppendixTable[] = [];
  for (const { activity, def, responses, results, naming } of facts.filter((f) => f.responses.length > 0)) {
    yield;
    appendixTables.push(appendixTable({ activity, def, responses, results, naming, board: boards.get(activity.id), people: names, order, clockAt }));
  }

  const teams = TEAMS.map((team) => ({ team, label: TEAM_LABEL[team], count: participants.filter((p) => p.team === team).length })).filter((t) => t.count > 0);
  const counted = facts.filter((f) => f.activity.kind !== 'break').map((f) => ({ state: f.state, title: f.activity.title }));
  const ran = runSummary(counted, finished);
  const answered = new Set(facts.flatMap((f) => f.responses.map((r) => r.participantId))).size;
  const wanted = new Set(options.sections);
  const timeText = workshop.startTime ? `${format.time(workshop.startTime)}${workshop.plannedEnd ? `–${format.time(workshop.plannedEnd)}` : ''}` : '';

  return {
    version: 1,
    brand,
    paper: options.paper,
    sections: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, wanted.has(s)])) as ReportData['sections'],
    partial: !finished,
    partialText: finished
      ? ''
      : run.status === 'running'
        ? `Interim report: the workshop is still running (${ran.text.replace(/\.$/, '')}).`
        : 'Interim report: the workshop has not been run yet, so this shows the plan.',
    generated: `${format.date(localDay(nowMs))}, ${format.time(LOCAL_CLOCK.format(new Date(nowMs)))}`,
    workshop: {
      title: workshop.title,
      goal: workshop.goal,
      dateText: format.date(workshop.date),
      timeText,
      location: workshop.location,
      facilitator: workshop.facilitator,
      threshold,
    },
    teams,
    participantCount: participants.length,
    anonymityNote: anonymityNote(threshold),
    privacy: {
      namesInExports: workshop.namesInExports,
      text: privacyText(workshop.namesInExports, workshop.anonymisedAt ? format.date(workshop.anonymisedAt) : null),
    },
    summary: {
      metrics: [
        { label: 'participants', value: format.number(participants.length) },
        { label: 'answered at least once', value: format.number(answered) },
        { label: 'activities run', value: `${ran.run} of ${ran.total}` },
        ...(ran.skipped > 0 ? [{ label: ran.skipped === 1 ? 'activity skipped' : 'activities skipped', value: format.number(ran.skipped) }] : []),
        { label: 'commitments', value: format.number(commitments.length) },
      ],
      runText: ran.text,
      runRule: RUN_RULE,
      followUps,
      decisions: top('decision', 6),
      gaps: top('gap', 4),
      insights: top('insight', 3),
      commitments: commitments.slice(0, 8),
    },
    agenda: { rows: agendaRows, plannedTotal, actualTotal, note: agendaNote },
    activities: sections,
    commitments,
    followUps,
    appendix: {
      tables: appendixTables,
      roster: workshop.namesInExports ? participants.map((p) => ({ name: p.name, team: p.team, role: p.role })) : [],
      rosterNote: workshop.namesInExports
        ? ''
        : `${participants.length} ${participants.length === 1 ? 'person' : 'people'} took part${teams.length ? ` (${teams.map((t) => `${t.count} ${t.label}`).join(', ')})` : ''}. Their names are left out because “Names in the report and exports” is off.`,
    },
    series,
  };
}

const statusOf = (state: RunState): ReportActivity['status'] => (state === 'current' ? 'current' : state === 'run' ? 'done' : 'not-run');
