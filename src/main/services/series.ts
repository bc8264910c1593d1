import { msg, plural } from '@lingui/core/macro';
import { say } from '../../shared/api/say';
import { DomainError } from '../../shared/api/result';
import type { Series } from '../../shared/series';
import { addDays, NEXT_WORKSHOP_DAYS, nextTitle } from '../../shared/series';
import * as q from '../db/queries/series';
import { listParticipants, insertParticipant } from '../db/queries/participants';
import { listActivities, insertActivity } from '../db/queries/activities';
import { newId } from '../db/ids';
import type { HandlerContext, Handlers } from './context';
import { required, workshopChanged } from './context';
import { getWorkshopOrThrow, newWorkshop } from './workshop-records';
import { workshopFromTemplate } from './templates';
import { jointMeetingTemplate } from './builtin-templates';
import { TEMPLATE_WORDS } from './template-words';
import type { Locale } from '../../shared/locale';

// Series (issue #18): a title and its workshops' timeline. A workshop belongs to one series at most.
//
// Deleting a series is refused while workshops are in it (outside the trash): the series is what later
// steps read to carry commitments forward and draw trends, and ungrouping a dozen workshops is not undone
// by one click. The refusal says how many to move out first. A workshop in the trash does not block it;
// it is left standalone (ON DELETE SET NULL).

/** "Joint meeting 3" → "Joint meeting 4"; a joint meeting after a kickoff or a day is "Joint meeting 1". */
/** The next workshop's title; the first joint meeting is named in the series' language ("Gemeinsames Treffen 1"). */
function nextTitleFor(previous: string, agenda: 'same' | 'joint-meeting', language: Locale): string {
  const joint = TEMPLATE_WORDS[language].joint.name;
  const isJoint = /joint meeting/i.test(previous) || previous.toLocaleLowerCase().includes(joint.toLocaleLowerCase());
  return agenda === 'joint-meeting' && !isJoint ? `${joint} 1` : nextTitle(previous);
}

export function seriesOrThrow(ctx: HandlerContext, id: string): Series {
  const s = required(q.getSeries(ctx.db, id), 'series');
  return { ...s, workshops: q.listSeriesWorkshops(ctx.db, id) };
}

function refuseTakenTitle(ctx: HandlerContext, title: string, except?: string): void {
  const other = q.findSeriesByTitle(ctx.db, title);
  if (other && other.id !== except) {
    const title = other.title.slice(0, 60);
    throw new DomainError('CONFLICT', msg`There is already a series called “${title}”. Choose another title.`);
  }
}

/** A new series, or (when importing) the one already called that. */
export function createSeries(ctx: HandlerContext, title: string): Series {
  refuseTakenTitle(ctx, title);
  const id = newId();
  q.insertSeries(ctx.db, { id, title, createdAt: ctx.now, updatedAt: ctx.now });
  return seriesOrThrow(ctx, id);
}

/** The series an imported file names: the one with that title here (case aside), else a new one. */
export function seriesForImport(ctx: HandlerContext, title: string): string {
  return (q.findSeriesByTitle(ctx.db, title) ?? createSeries(ctx, title)).id;
}

export function putInSeries(ctx: HandlerContext, workshopId: string, seriesId: string | null): void {
  const before = q.workshopSeriesId(ctx.db, workshopId);
  q.setWorkshopSeries(ctx.db, workshopId, seriesId, ctx.now);
  for (const id of new Set([before, seriesId])) if (id) q.touchSeries(ctx.db, id, ctx.now);
  workshopChanged(ctx, workshopId);
}

export const seriesHandlers = {
  'series:list': (_input, ctx) => q.listSeries(ctx.db).map((s) => ({ ...s, workshops: q.listSeriesWorkshops(ctx.db, s.id) })),

  'series:get': ({ id }, ctx) => seriesOrThrow(ctx, id),

  'series:create': ({ title, workshopId }, ctx) => {
    if (workshopId) getWorkshopOrThrow(ctx, workshopId);
    const series = createSeries(ctx, title);
    if (workshopId) putInSeries(ctx, workshopId, series.id);
    ctx.emit('workshops:changed', {});
    return seriesOrThrow(ctx, series.id);
  },

  'series:rename': ({ id, title }, ctx) => {
    seriesOrThrow(ctx, id);
    refuseTakenTitle(ctx, title, id);
    q.renameSeries(ctx.db, id, title, ctx.now);
    ctx.emit('workshops:changed', {});
    return seriesOrThrow(ctx, id);
  },

  'series:delete': ({ id }, ctx) => {
    const series = seriesOrThrow(ctx, id);
    const n = series.workshops.length;
    if (n > 0) {
      const title = series.title.slice(0, 60);
      throw new DomainError(
        'CONFLICT',
        msg`The series “${title}” still has ${plural(n, { one: 'one workshop. Move it', other: '# workshops. Move them' })} out of the series first; nothing was deleted.`,
      );
    }
    q.deleteSeries(ctx.db, id);
    ctx.emit('workshops:changed', {});
    return { id };
  },

  'workshop:setSeries': ({ workshopId, seriesId }, ctx) => {
    getWorkshopOrThrow(ctx, workshopId);
    if (seriesId) seriesOrThrow(ctx, seriesId);
    putInSeries(ctx, workshopId, seriesId);
    return { workshopId, series: seriesId ? seriesOrThrow(ctx, seriesId) : null };
  },

  'series:nextWorkshop': ({ workshopId, title, date, agenda = 'same' }, ctx) => {
    const previous = getWorkshopOrThrow(ctx, workshopId);
    const seriesId = q.workshopSeriesId(ctx.db, workshopId);
    const previousTitle = previous.title.slice(0, 60);
    if (!seriesId) throw new DomainError('CONFLICT', msg`“${previousTitle}” is in no series. Put it in a series first, then make the next workshop.`);
    if (date && previous.date && date <= previous.date) {
      const after = previous.date;
      throw new DomainError('VALIDATION', msg`The next workshop comes after “${previousTitle}” (${after}): choose a later date.`, [
        { path: 'date', message: say(msg`Choose a date after ${after}`) },
      ]);
    }
    // The same people in the same teams and the same settings; no answers, boards, run or action items. The agenda is the
    // previous one ('same') or the 40-minute joint meeting (review, pulse, one topic, new commitments), for the two-weekly rhythm.
    const fields = {
      ...previous,
      title: title ?? nextTitleFor(previous.title, agenda, previous.language),
      date: date ?? (previous.date ? addDays(previous.date, NEXT_WORKSHOP_DAYS) : null),
      status: 'draft' as const,
      anonymisedAt: null,
    };
    let next;
    if (agenda === 'joint-meeting') {
      const { goal: _previousGoal, ...keep } = fields;
      next = workshopFromTemplate(ctx, jointMeetingTemplate(previous.language), keep);
    } else {
      next = newWorkshop(ctx, fields);
      for (const a of listActivities(ctx.db, workshopId)) insertActivity(ctx.db, { ...a, id: newId(), workshopId: next.id }, ctx.now);
    }
    for (const p of listParticipants(ctx.db, workshopId)) insertParticipant(ctx.db, { ...p, id: newId(), workshopId: next.id }, ctx.now);
    putInSeries(ctx, next.id, seriesId);
    return getWorkshopOrThrow(ctx, next.id);
  },
} satisfies Partial<Handlers>;
