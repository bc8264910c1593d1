import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Participant } from '../../src/shared/domain';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// Commitments review (#18) in real Chromium: W1 of a series makes commitments; W2's review brings them
// in when the run reaches it; the console marks them with the mouse and the keyboard; the projector
// says "N of M done since 3 March" and lists them by status.
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
type Detail = { activities: Activity[]; participants: Participant[] };

const ACTIONS = [
  'Send the lead list every Friday',
  'Agree what a qualified lead is',
  'Share the campaign calendar with Sales',
  'Invite two sellers to the messaging session',
  'Add lost-deal reasons to the CRM',
  'Publish the webinar plan for Q2',
  'Set up the shared pipeline dashboard',
  'Write the objection handling one-pager',
];

describe('commitments review', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the console marks what W1 committed to, and the projector shows how many are done since then', async () => {
    const serve = session.serve;
    const w1 = await op<{ id: string }>(serve, 'workshop:create', { title: 'ACME kickoff', date: '2027-03-03' });
    await op(serve, 'participant:addMany', {
      workshopId: w1.id,
      people: [
        { name: 'Dana Whitfield', team: 'sales' },
        { name: 'Priya Raman', team: 'marketing' },
      ],
    });
    const commitments = await op<Activity>(serve, 'activity:add', { workshopId: w1.id, kind: 'commitments' });
    await op(serve, 'activity:add', { workshopId: w1.id, kind: 'review' });
    for (const [i, text] of ACTIONS.entries())
      await op(serve, 'actionItem:add', { workshopId: w1.id, text, owner: i % 2 ? 'Priya Raman' : 'Dana Whitfield', dueDate: '2027-03-12' });
    const people = (await op<Detail>(serve, 'workshop:get', { id: w1.id })).participants;
    await op(serve, 'run:start', { workshopId: w1.id });
    const person = (name: string) => ({ id: people.find((p) => p.name === name)!.id, name });
    const pair = { id: 'p1', sales: person('Dana Whitfield'), marketing: person('Priya Raman'), date: '2027-03-18' };
    await op(serve, 'run:setBoard', { activityId: commitments.id, board: { pairs: [pair], reports: null, meeting: null, promoted: [] } });
    await op(serve, 'run:end', { workshopId: w1.id });
    await op(serve, 'series:create', { title: 'ACME alignment 2027', workshopId: w1.id });

    // W2: the review comes first on its agenda, and is reached when the run starts.
    const w2 = await op<{ id: string }>(serve, 'series:nextWorkshop', { workshopId: w1.id, title: 'ACME joint meeting 2' });
    const agenda = (await op<Detail>(serve, 'workshop:get', { id: w2.id })).activities;
    const review = agenda.find((a) => a.kind === 'review')!;
    await op(serve, 'activity:reorder', { workshopId: w2.id, orderedIds: [review.id, ...agenda.filter((a) => a !== review).map((a) => a.id)] });
    await op(serve, 'run:start', { workshopId: w2.id });

    const { page, errors } = await session.page(SCREEN.laptop);
    await page.goto(`${serve.origin}/#/run/${w2.id}`);
    const board = page.getByRole('region', { name: 'Mark each commitment' });
    const items = board.getByRole('list', { name: 'Commitments to review' }).getByRole('listitem');
    // 8 action items, 1 shadowing pair, 2 weekly reports, 1 joint meeting.
    await poll(() => items.count()).toBe(12);
    const item = (what: string) => items.filter({ hasText: what });

    // By mouse: the first one done, the second partly with a reason and a new owner.
    await item(ACTIONS[0]!).getByRole('radio', { name: 'Done', exact: true }).click();
    await item(ACTIONS[1]!).getByRole('radio', { name: 'Partly' }).click();
    await item(ACTIONS[1]!).getByLabel('Why (optional)').fill('Sales agreed; Marketing still checking the scoring');
    await item(ACTIONS[1]!).getByLabel('Owner').fill('Priya Raman');
    await item(ACTIONS[1]!).getByLabel('Owner').press('Tab');
    // By keyboard: into the third one's marks, arrow to "Partly" then "Not done"; the fourth done with Space.
    await item(ACTIONS[2]!).getByRole('radio', { name: 'Done', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await item(ACTIONS[3]!).getByRole('radio', { name: 'Dropped' }).focus();
    await page.keyboard.press('Space');
    await item(ACTIONS[4]!).getByRole('radio', { name: 'Done', exact: true }).check();
    await poll(() => board.getByTestId('review-console-headline').textContent()).toBe('2 of 12 done since 3 March');
    await poll(() => item(ACTIONS[2]!).getByRole('radio', { name: 'Not done' }).isChecked()).toBe(true);

    const run = await op<{ activities: { activityId: string; board: { items: { what: string; status: string | null; reason: string; owner: string }[] } }[] }>(
      serve,
      'run:get',
      { workshopId: w2.id },
    );
    const stored = run.activities.find((a) => a.activityId === review.id)!.board.items;
    expect(stored.slice(0, 5).map((i) => [i.status, i.reason, i.owner])).toEqual([
      ['done', '', 'Dana Whitfield'],
      ['partly', 'Sales agreed; Marketing still checking the scoring', 'Priya Raman'],
      ['notDone', '', 'Dana Whitfield'],
      ['dropped', '', 'Priya Raman'],
      ['done', '', 'Dana Whitfield'],
    ]);
    await expectNoSeriousA11yViolations(page, 'review board in the console');
    await page.getByRole('heading', { name: 'Mark each commitment' }).scrollIntoViewIfNeeded();
    await shot(page, 'review-console-1280');

    // Something added to W1's action list later: the console offers to bring it in, and the marks stay.
    await op(serve, 'actionItem:add', { workshopId: w1.id, text: 'Send the win/loss notes to Marketing', owner: 'Dana Whitfield' });
    await page.reload();
    const bringIn = board.getByRole('button', { name: 'Bring in 1 open commitment from earlier workshops' });
    await poll(() => bringIn.isVisible()).toBe(true);
    await bringIn.click();
    await poll(() => items.count()).toBe(13);
    await poll(() => bringIn.count()).toBe(0);
    await poll(() => item(ACTIONS[1]!).getByRole('radio', { name: 'Partly' }).isChecked()).toBe(true);
    await poll(() => board.getByTestId('review-console-headline').textContent()).toBe('2 of 13 done since 3 March');

    // Phones have nothing to answer: the usual look-at-the-screen state.
    const phone = await session.page(SCREEN.phone, { hasTouch: true, isMobile: true });
    await phone.page.goto(`${serve.origin}/#/participate/${w2.id}`);
    await poll(() => phone.page.getByRole('heading', { name: 'Eyes on the main screen' }).isVisible()).toBe(true);
    await poll(() => phone.page.getByText(`“${review.title}” has nothing to answer here.`, { exact: false }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(phone.page, 'review on a phone');
    await shot(phone.page, 'review-phone-390');

    for (const [screen, name] of [
      [SCREEN.desktop, 'review-projector-1920'],
      [SCREEN.laptop, 'review-projector-1280'],
    ] as const) {
      const projector = await session.page(screen);
      await projector.page.goto(`${serve.origin}/#/present/${w2.id}`);
      await poll(() => projector.page.getByTestId('review-headline').textContent()).toBe('2 of 13 done since 3 March');
      await poll(() => projector.page.getByRole('heading', { name: /Partly done/ }).isVisible()).toBe(true);
      await expectNoSeriousA11yViolations(projector.page, `review on the projector ${name}`);
      await shot(projector.page, name);
      expect(projector.errors).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it('says why there is nothing to review in a workshop that is in no series', async () => {
    const serve = session.serve;
    const w = await op<{ id: string }>(serve, 'workshop:create', { title: 'A one-off day' });
    await op(serve, 'activity:add', { workshopId: w.id, kind: 'review' });
    await op(serve, 'run:start', { workshopId: w.id });
    const { page, errors } = await session.page(SCREEN.laptop);
    await page.goto(`${serve.origin}/#/run/${w.id}`);
    await poll(() => page.getByText('Nothing to review here').isVisible()).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'in no series' }).count()).resolves.toBe(1);
    await expectNoSeriousA11yViolations(page, 'review without a series');
    await shot(page, 'review-console-no-series-1280');
    expect(errors).toEqual([]);
  });
});
