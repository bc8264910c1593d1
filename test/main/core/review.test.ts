import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import type { ExportedFile } from '../../../src/shared/export';
import { call, dumpRows, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import type { Core } from '../../../src/main/core';
import { readReviewBoard } from '../../../src/activities/review/board';

// Commitments review (#18) across a series of three workshops, through the core's API on a real SQLite file.

const errorOf = (r: { ok: boolean; error?: { code: string; message: string } }) => (r.ok ? null : r.error);

interface Kickoff {
  core: Core;
  clock: ReturnType<typeof manualClock>;
  w1: string;
  seriesId: string;
}

/** W1 "Kickoff" (3 March): three action items, a shadowing pair agreed in its commitments activity, which the room reached. */
function kickoff(): Kickoff {
  const clock = manualClock();
  const core = testCore(tempDir(), clock.now);
  const w1 = call(core, 'workshop:create', { title: 'Kickoff', date: '2027-03-03' }).id;
  const sam = call(core, 'participant:add', { workshopId: w1, name: 'Sam Seller', team: 'sales' });
  const mia = call(core, 'participant:add', { workshopId: w1, name: 'Mia Marketer', team: 'marketing' });
  const commitments = call(core, 'activity:add', { workshopId: w1, kind: 'commitments' });
  call(core, 'activity:add', { workshopId: w1, kind: 'review' });
  for (const text of ['Send the lead list weekly', 'Define a qualified lead', 'Share the campaign calendar']) {
    call(core, 'actionItem:add', { workshopId: w1, text, owner: 'Ana', dueDate: '2027-03-10' });
  }
  call(core, 'run:start', { workshopId: w1 });
  const pair = { id: 'p1', sales: { id: sam.id, name: sam.name }, marketing: { id: mia.id, name: mia.name }, date: '2027-03-20' };
  call(core, 'run:setBoard', { activityId: commitments.id, board: { pairs: [pair], reports: null, meeting: null, promoted: [] } });
  call(core, 'run:end', { workshopId: w1 });
  const seriesId = call(core, 'series:create', { title: 'ACME alignment 2027', workshopId: w1 }).id;
  return { core, clock, w1, seriesId };
}

async function pdfText(core: Core, workshopId: string): Promise<string> {
  const backend = createBackend(core);
  try {
    const r = await backend.invoke('export:prepare', { workshopId, format: 'pdf' });
    if (!r.ok) throw new Error(r.error.message);
    const file = join(tempDir(), 'report.pdf');
    writeFileSync(file, backend.exports.get((r.value as ExportedFile).exportId)!.body);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    await backend.exports.close();
  }
}

const reviewOf = (core: Core, workshopId: string) => call(core, 'workshop:get', { id: workshopId }).activities.find((a) => a.kind === 'review')!;

function boardOf(core: Core, workshopId: string) {
  const review = reviewOf(core, workshopId);
  const run = call(core, 'run:get', { workshopId });
  return readReviewBoard(run.activities.find((a) => a.activityId === review.id)?.board ?? null);
}

/** Start a workshop and go to its review: the way a facilitator reaches it. */
function reachReview(core: Core, workshopId: string) {
  call(core, 'run:start', { workshopId });
  call(core, 'run:goto', { workshopId, activityId: reviewOf(core, workshopId).id });
  return boardOf(core, workshopId);
}

describe('commitments review across a series', () => {
  it('brings W1’s commitments into W2’s review when the run reaches it; W2’s marks decide what W3 sees', async () => {
    const { core, clock, w1, seriesId } = kickoff();
    // W1's own review had nothing to look back on.
    expect(boardOf(core, w1).items).toEqual([]);

    const w2 = call(core, 'series:nextWorkshop', { workshopId: w1 }).id;
    const board2 = reachReview(core, w2);
    expect(board2.items.map((i) => [i.kind, i.what, i.from.title, i.from.date, i.status])).toEqual([
      ['action', 'Send the lead list weekly', 'Kickoff', '2027-03-03', null],
      ['action', 'Define a qualified lead', 'Kickoff', '2027-03-03', null],
      ['action', 'Share the campaign calendar', 'Kickoff', '2027-03-03', null],
      ['shadowing', 'Job shadowing: Sam Seller (Sales) and Mia Marketer (Marketing)', 'Kickoff', '2027-03-03', null],
      ['report', expect.stringContaining('Every Friday, Sales to Marketing'), 'Kickoff', '2027-03-03', null],
      ['report', expect.stringContaining('Every Monday, Marketing to Sales'), 'Kickoff', '2027-03-03', null],
      ['meeting', expect.stringContaining('Joint meeting every 2 weeks'), 'Kickoff', '2027-03-03', null],
    ]);

    const review2 = reviewOf(core, w2).id;
    const [list, lead, calendar, pair] = board2.items;
    call(core, 'review:mark', { activityId: review2, itemId: list!.id, status: 'done' });
    call(core, 'review:mark', {
      activityId: review2,
      itemId: lead!.id,
      status: 'partly',
      reason: 'Sales agreed, Marketing not yet',
      owner: 'Ben',
      due: '2027-04-01',
    });
    call(core, 'review:mark', { activityId: review2, itemId: calendar!.id, status: 'dropped', reason: 'The tool does it now' });
    call(core, 'review:mark', { activityId: review2, itemId: pair!.id, status: 'notDone', reason: 'Mia was ill' });
    call(core, 'actionItem:add', { workshopId: w2, text: 'Invite Sales to the campaign review', owner: 'Mia' });
    clock.advance(12 * 60_000);
    call(core, 'run:end', { workshopId: w2 });
    // W2's report: the headline, the table and what goes on to next time.
    const pdf = await pdfText(core, w2);
    expect(pdf).toMatch(/1 of 7 done since Wed, Mar 3, 2027\./);
    expect(pdf).toMatch(/Define a qualified lead\s+Kickoff, Wed,\s+Mar 3, 2027\s+Ben/);
    expect(pdf).toContain('Carried to next time');
    expect(pdf).toMatch(/Sales agreed,\s+Marketing not yet/);

    const w3 = call(core, 'series:nextWorkshop', { workshopId: w2 }).id;
    const board3 = reachReview(core, w3);
    const byWhat = new Map(board3.items.map((i) => [i.what, i]));
    expect(byWhat.has('Send the lead list weekly')).toBe(false);
    expect(byWhat.has('Share the campaign calendar')).toBe(false);
    expect(byWhat.get('Define a qualified lead')).toMatchObject({
      owner: 'Ben',
      due: '2027-04-01',
      from: { title: 'Kickoff', date: '2027-03-03' },
      before: { status: 'partly', reason: 'Sales agreed, Marketing not yet', at: { title: 'Kickoff 2', date: '2027-03-17' } },
      status: null,
    });
    expect(byWhat.get('Job shadowing: Sam Seller (Sales) and Mia Marketer (Marketing)')?.before).toMatchObject({ status: 'notDone', reason: 'Mia was ill' });
    expect(byWhat.get('Invite Sales to the campaign review')).toMatchObject({ from: { title: 'Kickoff 2', date: '2027-03-17' }, owner: 'Mia', before: null });
    // The reports and the meeting were agreed again in W2 (its commitments activity, first on the agenda, was reached):
    // the newer agreement replaces W1's, so each is carried once, from W2.
    expect(board3.items.filter((i) => i.kind === 'report').map((i) => i.from.title)).toEqual(['Kickoff 2', 'Kickoff 2']);
    expect(board3.items.filter((i) => i.kind === 'meeting').map((i) => i.from.title)).toEqual(['Kickoff 2']);
    expect(board3.items).toHaveLength(6);

    // Follow-through for the trends: W1 made 7, of which 1 done, 1 partly, 1 not done, 1 dropped, 3 never marked.
    const rows = call(core, 'series:trends', { seriesId })!.followThrough!;
    expect(rows.map(({ workshopId: _, ...r }) => r)).toEqual([
      { made: 7, done: 1, partly: 1, notDone: 1, dropped: 1, open: 3 },
      // W2 made its action item and agreed the two reports and the meeting again.
      { made: 4, done: 0, partly: 0, notDone: 0, dropped: 0, open: 4 },
      // W3 reached its commitments activity too (the run starts on it): the reports and meeting again, not reviewed yet.
      { made: 3, done: 0, partly: 0, notDone: 0, dropped: 0, open: 3 },
    ]);
    // Asked for W1, the trends know only what was known at W1's time: no review yet, so all 7 open.
    expect(call(core, 'series:trends', { workshopId: w1 })!.followThrough!.map(({ workshopId: _, ...r }) => r)).toEqual([
      { made: 7, done: 0, partly: 0, notDone: 0, dropped: 0, open: 7 },
    ]);
    core.close();
  });

  it('pulls again only what is new, keeping the room’s marks (idempotent)', () => {
    const { core, w1 } = kickoff();
    const w2 = call(core, 'series:nextWorkshop', { workshopId: w1 }).id;
    const review = reviewOf(core, w2).id;
    const [first] = reachReview(core, w2).items;
    call(core, 'review:mark', { activityId: review, itemId: first!.id, status: 'partly', reason: 'Halfway' });
    expect(call(core, 'review:status', { activityId: review })).toMatchObject({ series: { title: 'ACME alignment 2027' }, earlier: 1, newItems: 0 });
    expect(call(core, 'review:pull', { activityId: review })).toEqual({ added: 0 });

    call(core, 'actionItem:add', { workshopId: w1, text: 'A late addition', owner: 'Ana' });
    expect(call(core, 'review:status', { activityId: review }).newItems).toBe(1);
    expect(call(core, 'review:pull', { activityId: review })).toEqual({ added: 1 });
    const board = boardOf(core, w2);
    expect(board.items).toHaveLength(8);
    expect(board.items[0]).toMatchObject({ id: first!.id, status: 'partly', reason: 'Halfway' });
    expect(board.items.at(-1)?.what).toBe('A late addition');
    // Entering the review again with items on it pulls nothing and changes nothing.
    const before = dumpRows(core);
    call(core, 'run:goto', { workshopId: w2, activityId: call(core, 'workshop:get', { id: w2 }).activities[0]!.id });
    call(core, 'run:goto', { workshopId: w2, activityId: review });
    expect(boardOf(core, w2)).toEqual(board);
    expect(before).toContain('A late addition');
    core.close();
  });

  it('brings only the kinds of commitment its settings ask for', () => {
    const { core, w1 } = kickoff();
    const w2 = call(core, 'series:nextWorkshop', { workshopId: w1 }).id;
    call(core, 'activity:update', {
      id: reviewOf(core, w2).id,
      patch: { config: { carry: { action: true, shadowing: false, report: false, meeting: false } } },
    });
    expect(reachReview(core, w2).items.map((i) => i.kind)).toEqual(['action', 'action', 'action']);
    core.close();
  });
});

describe('commitments review: bad input changes nothing', () => {
  it('refuses an unknown item, a reason over 200 characters, an unknown status, and a mark on another kind', () => {
    const { core, w1 } = kickoff();
    const w2 = call(core, 'series:nextWorkshop', { workshopId: w1 }).id;
    const review = reviewOf(core, w2).id;
    const [item] = reachReview(core, w2).items;
    const before = dumpRows(core);

    expect(errorOf(core.dispatch('review:mark', { activityId: review, itemId: 'action:nope', status: 'done' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'That commitment is not on this review. Reload the review and try again.',
    });
    expect(errorOf(core.dispatch('review:mark', { activityId: review, itemId: item!.id, status: 'done', reason: 'x'.repeat(201) }))).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Keep the reason under 200 characters'),
    });
    expect(errorOf(core.dispatch('review:mark', { activityId: review, itemId: item!.id, status: 'finished' as never }))).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Mark it done, partly, not done or dropped'),
    });
    const commitments = call(core, 'workshop:get', { id: w2 }).activities.find((a) => a.kind === 'commitments')!;
    expect(errorOf(core.dispatch('review:mark', { activityId: commitments.id, itemId: item!.id, status: 'done' }))).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('is not a commitments review'),
    });
    expect(dumpRows(core)).toBe(before);
    core.close();
  });

  it('says why a review in a workshop without a series has nothing to bring in, and changes nothing', () => {
    const core = testCore(tempDir());
    const w = call(core, 'workshop:create', { title: 'Standalone day' }).id;
    const review = call(core, 'activity:add', { workshopId: w, kind: 'review' });
    call(core, 'run:start', { workshopId: w });
    expect(boardOf(core, w).items).toEqual([]);
    expect(call(core, 'review:status', { activityId: review.id })).toEqual({ series: null, earlier: 0, newItems: 0 });
    const before = dumpRows(core);
    expect(errorOf(core.dispatch('review:pull', { activityId: review.id }))).toMatchObject({
      code: 'CONFLICT',
      message: '“Standalone day” is in no series, so there are no earlier commitments to bring in. Put it in a series first.',
    });
    expect(dumpRows(core)).toBe(before);
    core.close();
  });

  it('has nothing to look back on in the first workshop of a series', () => {
    const { core, w1 } = kickoff();
    expect(call(core, 'review:status', { activityId: reviewOf(core, w1).id })).toEqual({
      series: { id: expect.any(String), title: 'ACME alignment 2027' },
      earlier: 0,
      newItems: 0,
    });
    expect(call(core, 'review:pull', { activityId: reviewOf(core, w1).id })).toEqual({ added: 0 });
    core.close();
  });
});

describe('commitments review after a series export and import', () => {
  it('still knows which commitments it already reviewed: nothing pulled twice, marks kept', () => {
    const { core, w1 } = kickoff();
    const w2 = call(core, 'series:nextWorkshop', { workshopId: w1 }).id;
    const review = reviewOf(core, w2).id;
    const [first, second] = reachReview(core, w2).items;
    call(core, 'review:mark', { activityId: review, itemId: first!.id, status: 'partly', reason: 'Halfway' });
    call(core, 'review:mark', { activityId: review, itemId: second!.id, status: 'done' });
    call(core, 'run:end', { workshopId: w2 });
    const original = call(core, 'series:list', {})[0]!;
    const { json } = call(core, 'series:export', { id: original.id });
    call(core, 'series:rename', { id: original.id, title: 'ACME alignment 2027 (old copy)' });

    const copy = call(core, 'series:import', { json });
    const [c1, c2] = copy.workshops;
    expect(copy.workshops.map((w) => w.title)).toEqual(['Kickoff', 'Kickoff 2']);
    expect([c1!.id, c2!.id]).not.toContain(w1);
    // The copy's W2 review points at the copy's W1, not at the original.
    expect(boardOf(core, c2!.id).items.every((i) => i.from.workshopId === c1!.id)).toBe(true);

    const c3 = call(core, 'series:nextWorkshop', { workshopId: c2!.id }).id;
    const items = reachReview(core, c3).items;
    expect(items.filter((i) => i.what === first!.what)).toEqual([
      expect.objectContaining({ before: expect.objectContaining({ status: 'partly', reason: 'Halfway' }) }),
    ]);
    expect(items.some((i) => i.what === second!.what)).toBe(false);
    expect(new Set(items.map((i) => i.what)).size).toBe(items.length);
    core.close();
  });
});
