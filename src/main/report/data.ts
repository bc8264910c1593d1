import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { TEAMS, type Activity } from '../../shared/domain';
import type { Naming } from '../../shared/privacy';
import { scheduleDrift } from '../../shared/run';
import { aggregate, type Aggregate } from '../../activities/aggregate';
import { findDefinition } from '../../activities/registry';
import type { ActivityDefinition } from '../../activities/types';
import { namingOf } from '../../activities/naming';
import type { Commitment, ReportBlock, ReportFormat } from '../../activities/report-types';
import { reportFormat, teamWord } from '../../activities/kit/report';
import { i18nFor } from '../i18n';
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
import { runRule, runStateOf, runSummary, stateText, type RunFacts } from './run-state';
import { kindWord } from '../../activities/kind-words';
import { reportWords } from './words';
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

/** "every 2 weeks, 6 times", "" for one-off. */
export function repeatText(c: Commitment, i18n: I18n = i18nFor('en')): string {
  const r = c.repeat;
  if (!r) return '';
  const every = r.every;
  const unit =
    r.unit === 'day'
      ? t(i18n)`${plural(every, { one: 'every day', other: 'every # days' })}`
      : r.unit === 'week'
        ? t(i18n)`${plural(every, { one: 'every week', other: 'every # weeks' })}`
        : t(i18n)`${plural(every, { one: 'every month', other: 'every # months' })}`;
  const times = r.times;
  return times ? t(i18n)`${unit}, ${times} times` : unit;
}

export function anonymityNote(threshold: number, i18n: I18n = i18nFor('en')): string {
  return t(
    i18n,
  )`Anonymity: a team’s results are shown separately only when at least ${threshold} of its people answered (smaller groups are marked “suppressed” and count only in the overall figures). When a suppressed group could be worked out by taking the shown teams from the total, the smallest shown team is hidden too.`;
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
  const i18n = i18nFor(workshop.language);
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
  const series = seriesReport(seriesTrends(ctx, { workshopId }), workshopId, format, i18n);
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
    repeatText: repeatText(c, i18n),
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
      i18n,
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
      .map((a) => commitment({ text: a.text, owner: a.owner, due: a.dueDate, kind: 'action' }, t(i18n)`Action items`, a.status)),
  ];
  const followUps = [...sections.flatMap((s) => sectionFollowUps(i18n, s)), ...commitmentFollowUps(i18n, commitments)];

  // Agenda, planned against actual.
  let clock = workshop.startTime;
  const agendaRows = facts.map(({ activity: a, def, run: f, state }, i) => {
    const start = clock ?? '';
    if (clock) clock = addMinutes(clock, a.minutes);
    return {
      number: i + 1,
      title: a.title,
      kindLabel: kindWord(i18n, a.kind, def),
      start: format.time(start),
      planned: a.minutes,
      actual: f.visited ? f.actualMinutes : null,
      status: statusOf(state),
      state,
      stateText: stateText(i18n, state),
    };
  });
  const plannedTotal = activities.reduce((s, a) => s + a.minutes, 0);
  const visited = agendaRows.filter((r) => r.actual !== null);
  const actualTotal = visited.length ? visited.reduce((s, r) => s + (r.actual ?? 0), 0) : null;
  const agendaNote = run.startedAt
    ? startedNote(i18n, clockAt, run.startedAt, run.endedAt, actualTotal, plannedTotal, visited.length, activities.length)
    : t(i18n)`The workshop has not started yet: times are as planned.`;

  // Appendix: every raw answer, in words, as far as each activity's naming allows.
  const appendixTables: AppendixTable[] = [];
  for (const { activity, def, responses, results, naming } of facts.filter((f) => f.responses.length > 0)) {
    yield;
    appendixTables.push(appendixTable({ activity, def, responses, results, naming, board: boards.get(activity.id), people: names, order, clockAt, i18n }));
  }

  const teams = TEAMS.map((team) => ({ team, label: teamWord(i18n, team), count: participants.filter((p) => p.team === team).length })).filter(
    (x) => x.count > 0,
  );
  const counted = facts.filter((f) => f.activity.kind !== 'break').map((f) => ({ state: f.state, title: f.activity.title }));
  const ran = runSummary(i18n, counted, finished);
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
        ? stillRunning(i18n, ran.text)
        : t(i18n)`Interim report: the workshop has not been run yet, so this shows the plan.`,
    lang: workshop.language,
    words: reportWords(i18n, format),
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
    anonymityNote: anonymityNote(threshold, i18n),
    privacy: {
      namesInExports: workshop.namesInExports,
      text: privacyText(i18n, workshop.namesInExports, workshop.anonymisedAt ? format.date(workshop.anonymisedAt) : null),
    },
    summary: {
      metrics: summaryMetrics(i18n, format, participants.length, answered, ran, commitments.length),
      runText: ran.text,
      runRule: runRule(i18n),
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
      rosterNote: workshop.namesInExports ? '' : rosterNote(i18n, participants.length, teams),
    },
    series,
  };
}

const statusOf = (state: RunState): ReportActivity['status'] => (state === 'current' ? 'current' : state === 'run' ? 'done' : 'not-run');

function startedNote(
  i18n: I18n,
  clockAt: (iso: string | null) => string,
  startedAt: string,
  endedAt: string | null,
  actualTotal: number | null,
  plannedTotal: number,
  visitedCount: number,
  activityCount: number,
): string {
  const start = clockAt(startedAt);
  const end = endedAt ? clockAt(endedAt) : '';
  const first = endedAt ? t(i18n)`Started at ${start}, ended at ${end}.` : t(i18n)`Started at ${start}, still running.`;
  if (actualTotal === null) return `${first} `;
  const used = endedAt
    ? t(i18n)`${actualTotal} of ${plannedTotal} planned minutes used on ${visitedCount} of ${activityCount} activities.`
    : t(i18n)`${actualTotal} of ${plannedTotal} planned minutes used so far on ${visitedCount} of ${activityCount} activities.`;
  return `${first} ${used}`;
}

const stillRunning = (i18n: I18n, runText: string) => {
  const sofar = runText.replace(/\.$/, '');
  return t(i18n)`Interim report: the workshop is still running (${sofar}).`;
};

function summaryMetrics(
  i18n: I18n,
  format: ReportFormat,
  people: number,
  answered: number,
  ran: { run: number; total: number; skipped: number },
  commitments: number,
): { label: string; value: string }[] {
  const run = format.number(ran.run);
  const total = format.number(ran.total);
  const skipped = ran.skipped;
  return [
    { label: t(i18n)`participants`, value: format.number(people) },
    { label: t(i18n)`answered at least once`, value: format.number(answered) },
    { label: t(i18n)`activities run`, value: t(i18n)`${run} of ${total}` },
    ...(skipped > 0 ? [{ label: t(i18n)`${plural(skipped, { one: 'activity skipped', other: 'activities skipped' })}`, value: format.number(skipped) }] : []),
    { label: t(i18n)`commitments`, value: format.number(commitments) },
  ];
}

function rosterNote(i18n: I18n, people: number, teams: { label: string; count: number }[]): string {
  const list = teams.map((x) => `${x.count} ${x.label}`).join(', ');
  const took = teams.length
    ? t(i18n)`${plural(people, { one: `# person took part (${list}).`, other: `# people took part (${list}).` })}`
    : t(i18n)`${plural(people, { one: '# person took part.', other: '# people took part.' })}`;
  return `${took} ${t(i18n)`Their names are left out because “Names in the report and exports” is off.`}`;
}
