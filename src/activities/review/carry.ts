import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ActionItem } from '../../shared/domain';
import type { ReviewKind, ReviewStatus } from '../../shared/review';
import type { Meeting, WeeklyReport } from '../commitments/definition';
import { meetingSentence, reportSentence } from '../commitments/words';
import { teamName } from '../../shared/team-words';
import type { ReviewBoard, ReviewItem, ReviewOrigin } from './board';

// Pure carry logic: which commitments made in earlier workshops of a series are still open,
// and how they join a review's board without losing the room's marks.

/** The pairs, reports and meeting a commitments activity agreed (see agreed() in ../commitments/definition.ts). */
export interface AgreedPlan {
  activityId: string;
  pairs: readonly { id: string; sales: { name: string }; marketing: { name: string }; date: string | null }[];
  reports: readonly WeeklyReport[];
  meeting: Meeting;
}

/** One earlier workshop, as the carry logic reads it. */
export interface SourceWorkshop {
  origin: ReviewOrigin;
  actionItems: readonly Pick<ActionItem, 'id' | 'text' | 'owner' | 'dueDate' | 'status'>[];
  /** The commitments activities the room reached, in agenda order. */
  commitments: readonly AgreedPlan[];
  /** Its review boards, in agenda order. */
  reviews: readonly ReviewBoard[];
}

const fresh = (from: ReviewOrigin, item: Pick<ReviewItem, 'id' | 'kind' | 'what' | 'owner' | 'due'>): ReviewItem => ({
  ...item,
  what: item.what.slice(0, 500),
  owner: item.owner.slice(0, 120),
  from,
  before: null,
  status: null,
  reason: '',
});

/**
 * Everything committed to in one workshop, as review items (unmarked), in a stable order. What the app words
 * itself (a job-shadowing pair, a weekly report, the joint meeting, a team as owner) is said in `i18n`'s language:
 * the reviewing workshop's, whose room reads the items. Ids never depend on the words.
 */
export function madeIn(w: SourceWorkshop, i18n: I18n): ReviewItem[] {
  const from = w.origin;
  const sales = teamName(i18n, 'sales');
  const marketing = teamName(i18n, 'marketing');
  return [
    ...w.actionItems.map((a) => fresh(from, { id: `action:${a.id}`, kind: 'action', what: a.text, owner: a.owner, due: a.dueDate })),
    ...w.commitments.flatMap((c) => [
      ...c.pairs.map((p) =>
        fresh(from, {
          id: `pair:${c.activityId}:${p.id}`,
          kind: 'shadowing',
          what: shadowingLine(i18n, p.sales.name, p.marketing.name),
          owner: `${p.sales.name}, ${p.marketing.name}`,
          due: p.date,
        }),
      ),
      ...c.reports.map((r) =>
        fresh(from, {
          id: `report:${c.activityId}:${r.id}`,
          kind: 'report',
          what: reportSentence(i18n, r),
          owner: r.owner || (r.from === 'sales' ? sales : marketing),
          due: null,
        }),
      ),
      fresh(from, {
        id: `meeting:${c.activityId}`,
        kind: 'meeting',
        what: meetingSentence(i18n, c.meeting),
        owner: i18n._(msg`${sales} and ${marketing}`),
        due: c.meeting.firstDate,
      }),
    ]),
  ];
}

function shadowingLine(i18n: I18n, salesPerson: string, marketingPerson: string): string {
  const sales = teamName(i18n, 'sales');
  const marketing = teamName(i18n, 'marketing');
  return i18n._(msg`Job shadowing: ${salesPerson} (${sales}) and ${marketingPerson} (${marketing})`);
}

const CLOSED: ReadonlySet<ReviewStatus> = new Set(['done', 'dropped']);

/**
 * A weekly report or the joint meeting is a rhythm, not a one-off: agreed again in a later
 * workshop (its commitments activity copied with the series), the newer agreement is the one
 * in force and replaces the older. Reports are matched by their id in the settings, the meeting
 * is one. Null for one-off commitments (action items, shadowing pairs).
 */
function rhythmOf(item: Pick<ReviewItem, 'id' | 'kind'>): string | null {
  if (item.kind === 'meeting') return 'meeting';
  if (item.kind === 'report') return `report:${item.id.split(':').slice(2).join(':')}`;
  return null;
}

/**
 * The commitments of `earlier` (in series order) still open, ready to join a review: unmarked,
 * each with the latest mark an earlier review left on it (partly or not done) as `before`.
 * An item is closed when a review marked it done or dropped (the latest mark counts), or when
 * its action item was ticked done or dropped in the action list, or when a later workshop agreed
 * the same rhythm again (see rhythmOf). Owner, due date and wording
 * are the latest a review gave them. `kinds` limits what is carried (default: everything).
 */
export function openFrom(earlier: readonly SourceWorkshop[], i18n: I18n, kinds?: ReadonlySet<ReviewKind>): ReviewItem[] {
  const latest = new Map<string, ReviewItem>();
  const closedAtSource = new Set<string>();
  const inForce = new Map<string, string>();
  for (const w of earlier) {
    for (const a of w.actionItems) if (a.status !== 'open') closedAtSource.add(`action:${a.id}`);
    for (const item of madeIn(w, i18n)) {
      if (latest.has(item.id)) continue;
      latest.set(item.id, item);
      const rhythm = rhythmOf(item);
      const older = rhythm ? inForce.get(rhythm) : undefined;
      if (older) closedAtSource.add(older);
      if (rhythm) inForce.set(rhythm, item.id);
    }
    for (const board of w.reviews) {
      for (const item of board.items) {
        const markedHere = item.status === 'partly' || item.status === 'notDone';
        const closedHere = item.status !== null && CLOSED.has(item.status);
        const before = markedHere ? { status: item.status as 'partly' | 'notDone', reason: item.reason, at: w.origin } : item.before;
        // A closing mark is kept as the status, so a later unmarked copy cannot reopen it.
        const previous = latest.get(item.id);
        const stillClosed = item.status === null && previous?.status !== null && previous !== undefined && CLOSED.has(previous.status!);
        latest.set(item.id, { ...item, before, status: closedHere ? item.status : stillClosed ? previous.status : null, reason: '' });
      }
    }
  }
  return [...latest.values()]
    .filter((item) => item.status === null && !closedAtSource.has(item.id) && (!kinds || kinds.has(item.kind)))
    .map((item) => ({ ...item, status: null, reason: '' }));
}

/** The board with the open items it does not hold yet added at the end; marks and edits on the board are kept. */
export function withPulled(board: ReviewBoard, open: readonly ReviewItem[]): { board: ReviewBoard; added: number } {
  const have = new Set(board.items.map((i) => i.id));
  const add = open.filter((i) => !have.has(i.id));
  return { board: add.length ? { items: [...board.items, ...add] } : board, added: add.length };
}
