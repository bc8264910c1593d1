import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Participant } from '../../src/shared/domain';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { genericWorkshopVia } from '../helpers/generic-workshop';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// The messaging brainstorm (#18) in real Chromium: a Sales phone and a Marketing phone write messages
// against "What we heard before" and vote by touch once the console opens the vote; the rest of the room
// answers through the API. The projector shows the top messages with each team's votes and which ones
// both teams chose, at 1920×1080 and 1280×720, nothing cut off.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
type Detail = { activities: Activity[]; participants: Participant[] };
type Board = { phase: string; ballot: { id: string; text: string }[] };
type Run = { activities: { activityId: string; board: unknown }[] };

const SEEDS = [
  {
    id: 's1',
    text: 'Leads arrive without any context',
    source: 'persona',
    about: 'Why they distrust marketing',
    from: { workshopTitle: 'Kickoff', date: '2027-01-20' },
  },
  {
    id: 's2',
    text: 'Deciding: we lose them here (legal takes six weeks)',
    source: 'buyingmap',
    about: 'Mid-market',
    from: { workshopTitle: 'Kickoff', date: '2027-01-20' },
  },
  { id: 's3', text: 'IT directors get twenty vendor emails a day', source: 'typed' },
  // A full list: long lines, so the projector has to page them rather than cut them off.
  ...Array.from({ length: 9 }, (_, i) => ({
    id: `long${i}`,
    text: `Pain ${i + 4}: the quarter-end rush means deals that were promised for this month slip into the next one, and nobody warns marketing in time`,
    source: 'persona',
    about: 'What keeps them up at night',
    from: { workshopTitle: 'Kickoff', date: '2027-01-20' },
  })),
];
const SALES_MESSAGE = 'Pass your security review in a week, not a quarter';
const MARKETING_MESSAGE = 'One dashboard for every site you run';
const ROOM_MESSAGE = 'Stop chasing tickets across five tools';

/** Every box inside these elements fits across its element: nothing is cut off or scrolls sideways. */
function cutOff(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.flatMap((el) => {
      const box = el.getBoundingClientRect();
      return el.scrollWidth > el.clientWidth + 1 || box.right > window.innerWidth + 0.5 || box.left < -0.5 ? [el.textContent?.slice(0, 40) ?? ''] : [];
    }),
  );
}

describe('messaging brainstorm', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('two phones write and vote; the projector shows the split by team and what both teams chose', async () => {
    const serve = session.serve;
    const w = await genericWorkshopVia((name, input) => op(serve, name, input));
    const activity = await op<Activity>(serve, 'activity:add', {
      workshopId: w.id,
      kind: 'messaging',
      config: {
        segment: 'Mid-market IT directors',
        prompt: 'Write one message that would make this buyer stop and listen.',
        anonymous: true,
        messagesPerPerson: 2,
        votesPerPerson: 2,
        seeds: SEEDS,
      },
    });
    const { participants } = await op<Detail>(serve, 'workshop:get', { id: w.id });
    await op(serve, 'run:start', { workshopId: w.id });
    await op(serve, 'run:goto', { workshopId: w.id, activityId: activity.id });

    // Two phones: Dana (Sales) and Hannah (Marketing) write by touch.
    const phones: Page[] = [];
    for (const [name, message] of [
      ['Dana Whitfield', SALES_MESSAGE],
      ['Hannah Brooks', MARKETING_MESSAGE],
    ] as const) {
      const phone = await session.page(SCREEN.phone, { hasTouch: true, isMobile: true });
      const p = phone.page;
      await p.goto(`${serve.origin}/#/participate/${w.id}`);
      await p.getByRole('button', { name }).tap();
      await poll(() => p.getByRole('heading', { name: 'What we heard before' }).isVisible()).toBe(true);
      await p.getByLabel('Write a message').fill(message);
      await p.getByRole('button', { name: 'Add message' }).tap();
      await poll(() => p.getByText('1 of 2', { exact: true }).isVisible()).toBe(true);
      phones.push(p);
    }
    const [sales, marketing] = phones as [Page, Page];
    await poll(() => sales.getByText('Leads arrive without any context').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(sales, 'messaging: writing on a phone');
    await sales.evaluate(() => window.scrollTo(0, 0));
    await shot(sales, 'messaging-phone-write-390');

    // The projector while writing: the segment, the question and what we heard before.
    const projector = await session.page(SCREEN.desktop);
    const pr = projector.page;
    await pr.goto(`${serve.origin}/#/present/${w.id}`);
    await poll(() => pr.getByText('For Mid-market IT directors').isVisible()).toBe(true);
    await poll(() => pr.getByText('Leads arrive without any context').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(pr, 'messaging: projector while writing');
    await shot(pr, 'messaging-projector-write-1920');
    await pr.setViewportSize(SCREEN.laptop);
    await poll(() =>
      pr
        .getByText(/^Page 1 of \d/)
        .first()
        .isVisible(),
    ).toBe(true);
    // Paged: later pages sit beside the screen, so here only each card's own text must fit it, across and down.
    const clipped = await pr
      .locator('.cgm-seed')
      .evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent));
    expect(clipped).toEqual([]);
    await shot(pr, 'messaging-projector-write-1280');
    await pr.setViewportSize(SCREEN.desktop);

    // The rest of the room writes through the API.
    const others = participants.filter((p) => !['Dana Whitfield', 'Hannah Brooks'].includes(p.name));
    await op(serve, 'response:submit', { activityId: activity.id, participantId: others[0]!.id, itemKey: 'card-room00000001', value: { text: ROOM_MESSAGE } });

    // The console opens the vote.
    const console_ = await session.page(SCREEN.laptop);
    const cp = console_.page;
    await cp.goto(`${serve.origin}/#/run/${w.id}`);
    const open = cp.getByRole('button', { name: 'Open the vote on these messages' });
    await poll(() => open.isEnabled()).toBe(true);
    await poll(() => cp.getByText('3 messages written.').isVisible()).toBe(true);
    await open.click();
    await poll(() => cp.getByText('The vote is open', { exact: true }).isVisible()).toBe(true);
    await poll(() => pr.getByText(`Vote now on your phone: up to 2 messages you would use yourself.`).isVisible()).toBe(true);
    await shot(pr, 'messaging-projector-vote-1920');

    // Phones now vote by touch: Dana for both her own and Hannah's message, Hannah for Hannah's.
    await poll(() => sales.getByRole('button', { name: `Vote for “${MARKETING_MESSAGE}”` }).isVisible()).toBe(true);
    await sales.getByRole('button', { name: `Vote for “${SALES_MESSAGE}”` }).tap();
    await poll(() => sales.getByText('1 of 2 votes left', { exact: true }).isVisible()).toBe(true);
    await sales.getByRole('button', { name: `Vote for “${MARKETING_MESSAGE}”` }).tap();
    await poll(() => sales.getByText('0 of 2 votes left', { exact: true }).isVisible()).toBe(true);
    expect(await sales.getByRole('button', { name: `Vote for “${SALES_MESSAGE}”` }).getAttribute('aria-pressed')).toBe('true');
    // A third vote is refused, with the reason said, and nothing changes.
    // (aria-disabled, so the button keeps focus and a press can say why: Playwright must be told to press it anyway.)
    await sales.getByRole('button', { name: `Vote for “${ROOM_MESSAGE}”` }).tap({ force: true });
    await poll(() => sales.getByTestId('announcer').textContent()).toBe('No votes left. Take one back first.');
    expect(await sales.getByRole('button', { name: `Vote for “${ROOM_MESSAGE}”` }).getAttribute('aria-pressed')).toBe('false');
    await poll(() => marketing.getByRole('button', { name: `Vote for “${MARKETING_MESSAGE}”` }).isVisible()).toBe(true);
    await marketing.getByRole('button', { name: `Vote for “${MARKETING_MESSAGE}”` }).tap();
    await poll(() => marketing.getByText('1 of 2 votes left', { exact: true }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(sales, 'messaging: voting on a phone');
    await sales.evaluate(() => window.scrollTo(0, 0));
    await shot(sales, 'messaging-phone-vote-390');

    // Everyone else votes through the API: Sales for the security message, Marketing for the dashboard.
    const run = await op<Run>(serve, 'run:get', { workshopId: w.id });
    const board = run.activities.find((a) => a.activityId === activity.id)!.board as Board;
    expect(board.phase).toBe('vote');
    const idOf = (text: string) => board.ballot.find((b) => b.text === text)!.id;
    for (const person of others) {
      const pick = person.team === 'sales' ? SALES_MESSAGE : MARKETING_MESSAGE;
      await op(serve, 'response:submit', { activityId: activity.id, participantId: person.id, itemKey: `vote-${idOf(pick)}`, value: { picked: true } });
    }
    await op(serve, 'run:set', { activityId: activity.id, revealed: true });

    // Sales: Dana + 4 on security, Dana on dashboard. Marketing: Hannah + 4 on dashboard.
    for (const size of [SCREEN.desktop, SCREEN.laptop]) {
      await pr.setViewportSize(size);
      const rows = pr.locator('.cgm-row');
      await poll(() => rows.first().textContent()).toContain(MARKETING_MESSAGE);
      // The last vote may still be on its way when the top message first shows: wait for all six.
      await poll(() => rows.first().textContent()).toContain('6 votes');
      expect(await rows.first().textContent()).toContain('Sales 1 · Marketing 5');
      expect(await rows.first().getByText('Both teams').isVisible()).toBe(true);
      expect(await rows.nth(1).textContent()).toContain('Sales 5 · Marketing 0');
      expect(await rows.nth(1).getByText('Both teams').count()).toBe(0);
      expect(await cutOff(pr, '.cgm-row, .cgm-row-text, .cgm-row-votes')).toEqual([]);
      await expectNoSeriousA11yViolations(pr, `messaging: projector results at ${size.width}`);
      await shot(pr, `messaging-projector-results-${size.width}`);
    }
    await poll(() => cp.getByText('Sales 1 · Marketing 5').first().count()).toBeGreaterThan(0);
    await shot(cp, 'messaging-console-1280');
  });
  it('the planner brings in friction points from the earlier workshop of the series, and says plainly when there is no series', async () => {
    const serve = session.serve;
    const kickoff = await op<{ id: string }>(serve, 'workshop:create', { title: 'Kickoff', date: '2027-01-20' });
    const people = await op<Participant[]>(serve, 'participant:addMany', {
      workshopId: kickoff.id,
      people: [
        { name: 'Dana Whitfield', team: 'sales', role: '' },
        { name: 'Hannah Brooks', team: 'marketing', role: '' },
      ],
    });
    const map = await op<Activity>(serve, 'activity:add', { workshopId: kickoff.id, kind: 'buyingmap' });
    for (const p of people)
      await op(serve, 'response:submit', { activityId: map.id, participantId: p.id, itemKey: 'mid.evaluate.stall', value: { placed: true } });
    await op(serve, 'run:setBoard', { activityId: map.id, board: { segmentId: null, focus: [{ key: 'mid.decide.lose', note: 'Legal takes six weeks' }] } });
    await op(serve, 'series:create', { title: 'ACME alignment 2027', workshopId: kickoff.id });
    const next = await op<{ id: string }>(serve, 'series:nextWorkshop', { workshopId: kickoff.id });
    const activity = await op<Activity>(serve, 'activity:add', { workshopId: next.id, kind: 'messaging' });

    const { page } = await session.page(SCREEN.laptop);
    await page.goto(`${serve.origin}/#/w/${next.id}`);
    await page.getByRole('button', { name: `Settings and notes for ${activity.title}` }).click();
    const bring = page.getByRole('button', { name: 'Bring in pains and friction points from earlier workshops (2)' });
    await poll(() => bring.isVisible()).toBe(true);
    await bring.click();
    await poll(() => page.getByText('Added 2 starting points.').isVisible()).toBe(true);
    expect(await page.getByLabel('Starting point 1', { exact: true }).inputValue()).toBe('Deciding: we lose them here (Legal takes six weeks)');
    expect(await page.getByLabel('Starting point 2', { exact: true }).inputValue()).toBe('Evaluating: deals stall here');
    await page.getByRole('button', { name: 'Remove starting point 2: Evaluating: deals stall here' }).click();
    await poll(async () => {
      const detail = await op<Detail>(serve, 'workshop:get', { id: next.id });
      const seeds = (
        detail.activities.find((a) => a.id === activity.id)!.config as { seeds: { text: string; source: string; from?: { workshopTitle: string } }[] }
      ).seeds;
      return seeds.map((x) => `${x.source}: ${x.text} (${x.from?.workshopTitle})`);
    }).toEqual(['buyingmap: Deciding: we lose them here (Legal takes six weeks) (Kickoff)']);
    // Bringing them in again adds only what is not there yet.
    await bring.click();
    await poll(() => page.getByText('Added 1 starting point; 1 was already there or did not fit.').isVisible()).toBe(true);
    await page.locator('.cgm-seeds-edit').scrollIntoViewIfNeeded();
    await expectNoSeriousA11yViolations(page, 'messaging settings in the planner');
    await shot(page, 'messaging-editor-1280');

    // A workshop in no series: the editor says so, and offers no button.
    const alone = await op<{ id: string }>(serve, 'workshop:create', { title: 'Standalone' });
    const lonely = await op<Activity>(serve, 'activity:add', { workshopId: alone.id, kind: 'messaging' });
    await page.goto(`${serve.origin}/#/w/${alone.id}`);
    await page.getByRole('button', { name: `Settings and notes for ${lonely.title}` }).click();
    await poll(() =>
      page.getByText('This workshop is not part of a series, so there are no earlier workshops to bring pains and friction points in from.').isVisible(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: /^Bring in pains/ }).count()).toBe(0);
  });
});
