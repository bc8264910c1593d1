import type { RunState, ProjectorPaging } from '../../shared/run';
import type { Db } from '../db/connection';

// The projector's page of the current activity, kept in the core's memory: paging is a
// moment-to-moment thing, so it is not worth a write (or a migration), and a restart
// resuming on page 1 is fine. One map per open core (keyed by its connection), one entry
// per workshop.
//
// An entry belongs to what the projector showed when it was made: the current activity,
// and whether it was locked and revealed. When any of those change, the projector shows
// new content, so the page is 1 again (with its page count unknown until the presenter
// measures the new content): the operations that change them forget the entry, and an
// entry made for other content is never read.

interface Entry {
  content: string;
  page: number;
  pages: number | null;
}

const byCore = new WeakMap<Db, Map<string, Entry>>();

function entries(db: Db): Map<string, Entry> {
  let map = byCore.get(db);
  if (!map) byCore.set(db, (map = new Map()));
  return map;
}

/** What the projector shows, as a key: null when no activity is on it. */
export function projectorContent(run: Pick<RunState, 'status' | 'currentActivityId' | 'activities'>): string | null {
  if (run.status !== 'running' || !run.currentActivityId) return null;
  const state = run.activities.find((a) => a.activityId === run.currentActivityId);
  return `${run.currentActivityId}|${state?.locked ? 'locked' : 'open'}|${state?.revealed ? 'revealed' : 'hidden'}`;
}

/**
 * The projector shows something new (another activity, or `activityId` revealed, hidden,
 * locked or cleared): back to page 1. A change to an activity not on the projector keeps its page.
 */
export function forgetPaging(db: Db, workshopId: string, activityId?: string): void {
  const entry = entries(db).get(workshopId);
  if (entry && (activityId === undefined || entry.content.startsWith(`${activityId}|`))) entries(db).delete(workshopId);
}

const FIRST: ProjectorPaging = { page: 1, pages: null };

/** The projector's page for this content (page 1 of unknown when the stored one is for other content). */
export function readPaging(db: Db, workshopId: string, content: string | null): ProjectorPaging {
  const entry = content ? entries(db).get(workshopId) : undefined;
  if (!entry || entry.content !== content) return FIRST;
  return { page: entry.page, pages: entry.pages };
}

const clamp = (page: number, pages: number | null) => Math.max(1, pages === null ? page : Math.min(page, pages));

/** Move the page by `delta`, within the pages the presenter reported. True when it moved. */
export function movePage(db: Db, workshopId: string, content: string, delta: number): boolean {
  const before = readPaging(db, workshopId, content);
  const page = clamp(before.page + delta, before.pages);
  entries(db).set(workshopId, { content, page, pages: before.pages });
  return page !== before.page;
}

/**
 * The presenter measured `pages` pages. The latest report wins. A different count than
 * before means the content flowed differently (another screen size, a board that grew):
 * page numbers no longer point at the same text, so the projector starts again on page 1.
 * True when anything changed.
 */
export function reportPages(db: Db, workshopId: string, content: string, pages: number): boolean {
  const before = readPaging(db, workshopId, content);
  if (before.pages === pages) return false;
  const page = before.pages === null ? clamp(before.page, pages) : 1;
  entries(db).set(workshopId, { content, page, pages });
  return true;
}
