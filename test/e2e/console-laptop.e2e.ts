import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { items } from '../../src/activities/shared-schemas';
import { op } from './run-e2e-helpers';

// The console on a 13-inch laptop (1280×720): for every interactive activity of
// the built-in alignment day, plus a dot vote, a card sort and a ranking, with
// fourteen people's answers in, what the facilitator needs is on the first
// screen without scrolling: the activity, the timer, how many answered, lock
// and reveal, and a thumbnail of the projector. After "End workshop" the next
// step, "Make the report", is on the first screen too and opens Export.

const LAPTOP = { width: 1280, height: 720 };
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

interface Activity {
  id: string;
  kind: string;
  title: string;
}
interface Detail {
  participants: { id: string; name: string; team: string }[];
  activities: Activity[];
}

const NAMES = ['Dana', 'Marcus', 'Priya', 'Tomás', 'Jess', 'Owen', 'Hannah', 'Leo', 'Aisha', 'Ravi', 'Sofia', 'Mei', 'Kofi', 'Inés'];

/** Inside the first viewport: visible, and its box between the top and the bottom of the screen. */
async function inFirstViewport(page: Page, locator: Locator, what: string, height = LAPTOP.height) {
  await poll(() => locator.isVisible()).toBe(true);
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what}: bottom at ${Math.round(box!.y + box!.height)} px`).toBeLessThanOrEqual(height);
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0), `${what}: page not scrolled`).toBe(0);
  return Math.round(box!.y + box!.height);
}

describe('the console on a 1280×720 laptop', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it(
    'keeps the essentials of every interactive activity on the first screen, and makes the report the next step after the end',
    { timeout: 240_000 },
    async () => {
      const serve = session.serve;
      const { id: workshopId } = await op<{ id: string }>(serve, 'template:createWorkshop', { templateId: 'builtin-alignment-day' });
      await op(serve, 'participant:addMany', {
        workshopId,
        people: NAMES.map((name, i) => ({ name, team: i < 6 ? 'sales' : i < 12 ? 'marketing' : 'other' })),
      });
      const extra = [
        {
          kind: 'dotvote',
          title: 'Where do hand-offs hurt most?',
          config: {
            prompt: 'Spend your dots.',
            options: items(['Slow follow-up', 'No feedback on rejected leads', 'No MQL definition', 'Surprise campaigns'], 'o'),
            dotsPerPerson: 3,
            maxPerItem: 2,
          },
        },
        {
          kind: 'cardsort',
          title: 'Who owns each stage?',
          config: {
            prompt: 'Put each stage under its owner.',
            cards: items(['First touch', 'Nurture', 'Qualification', 'Demo', 'Proposal'], 'st'),
            columns: items(['Marketing', 'Sales', 'Shared'], 'ow'),
            open: false,
          },
        },
        {
          kind: 'ranking',
          title: 'Which number do we share first?',
          config: { prompt: 'Order them.', options: items(['Conversion', 'Follow-up time', 'Pipeline', 'Win rate'], 'k') },
        },
      ];
      for (const a of extra) await op(serve, 'activity:add', { workshopId, minutes: 20, ...a });
      const detail = await op<Detail>(serve, 'workshop:get', { id: workshopId });
      const people = detail.participants;
      const submit = (a: Activity, participantId: string, itemKey: string, value: unknown) =>
        op(serve, 'response:submit', { activityId: a.id, participantId, itemKey, value });
      const boardOf = async (a: Activity) =>
        ((await op<{ activities: { activityId: string; board: unknown }[] }>(serve, 'run:get', { workshopId })).activities.find((x) => x.activityId === a.id)!
          .board ?? {}) as Record<string, unknown>;

      /** Everyone but the last two answers, so "Not yet" has names in it. */
      const answer = async (a: Activity) => {
        const who = people.slice(0, 12);
        for (const [i, p] of who.entries()) {
          const k = `${p.id.slice(0, 8)}x${i}`;
          if (a.kind === 'brainstorm') await submit(a, p.id, `card-${k}`, { text: `An idea from ${p.name} about hand-offs and how long they take` });
          else if (a.kind === 'persona')
            await submit(a, p.id, `note-${k}`, { section: ['goals', 'need', 'distrust', 'night'][i % 4], text: `A note from ${p.name}` });
          else if (a.kind === 'comp') {
            if (i === 0) await op(serve, 'run:setBoard', { activityId: a.id, board: { ...(await boardOf(a)), scenarioId: 'last-day', view: 'poll' } });
            await submit(a, p.id, 'last-day', { option: i % 2 ? 'a1' : 'a2' });
          } else if (a.kind === 'leadsort') for (const sig of ['sig1', 'sig10', 'sig18']) await submit(a, p.id, sig, { column: i % 3 ? 'quality' : 'not' });
          else if (a.kind === 'buyingmap') await submit(a, p.id, i % 2 ? 'mid.decide.stall' : 'mid.research.nocontent', { placed: true });
          else if (a.kind === 'kpisort') for (const kpi of ['kpi3', 'kpi6']) await submit(a, p.id, kpi, { column: ['sales', 'marketing', 'shared'][i % 3] });
          else if (a.kind === 'retro') await submit(a, p.id, `card-${k}`, { prompt: ['broke', 'builds', 'step'][i % 3], text: `A retro card from ${p.name}` });
          else if (a.kind === 'commitments') await submit(a, p.id, 'shadow', { in: i % 3 !== 0 });
          else if (a.kind === 'dotvote') await submit(a, p.id, i % 2 ? 'o1' : 'o2', { dots: 2 });
          else if (a.kind === 'cardsort') for (const card of ['st1', 'st2', 'st3']) await submit(a, p.id, card, { column: i % 2 ? 'ow1' : 'ow2' });
          else if (a.kind === 'ranking') await submit(a, p.id, 'order', { order: i % 2 ? ['k1', 'k2', 'k3', 'k4'] : ['k4', 'k3', 'k2', 'k1'] });
        }
      };

      const { page, errors } = await session.page(LAPTOP);
      await page.goto(`${serve.origin}/#/run/${workshopId}`);
      await page.getByRole('button', { name: 'Start the workshop' }).click();
      const stage = page.locator('#stage-title');
      const interactive = detail.activities.filter((a) => !['slide', 'break'].includes(a.kind));
      expect(interactive.map((a) => a.kind)).toEqual([
        'brainstorm',
        'persona',
        'comp',
        'leadsort',
        'buyingmap',
        'kpisort',
        'retro',
        'commitments',
        'dotvote',
        'cardsort',
        'ranking',
      ]);

      const answeredBottom: string[] = [];
      for (const a of interactive) {
        await op(serve, 'run:goto', { workshopId, activityId: a.id });
        await answer(a);
        await poll(() => stage.innerText()).toBe(a.title);
        const count = page.getByTestId('respondent-count');
        await poll(() => count.innerText()).toBe(`12 of ${people.length} responded`);
        // Reveal, so the results (the longest thing on the console) are on the page too.
        await page.getByRole('button', { name: 'Reveal results' }).click();
        await poll(() => page.getByRole('button', { name: 'Hide results' }).isVisible()).toBe(true);

        await inFirstViewport(page, stage, `${a.kind}: title`);
        const bottoms = {
          timer: await inFirstViewport(page, page.getByRole('timer'), `${a.kind}: timer`),
          count: await inFirstViewport(page, count, `${a.kind}: answered count`),
          notYet: await inFirstViewport(page, page.getByRole('list', { name: 'Not yet answered' }), `${a.kind}: who has not answered`),
          lock: await inFirstViewport(page, page.getByRole('button', { name: 'Lock answers' }), `${a.kind}: lock`),
          reveal: await inFirstViewport(page, page.getByRole('button', { name: 'Hide results' }), `${a.kind}: reveal`),
        };
        await inFirstViewport(
          page,
          page.getByRole('navigation', { name: 'Agenda' }).locator('[aria-current="step"]'),
          `${a.kind}: current activity in the agenda`,
        );
        const thumb = page.getByTestId('projector-thumbnail');
        await inFirstViewport(
          page,
          page.getByRole('complementary', { name: 'The room' }).getByRole('region', { name: 'On the projector' }),
          `${a.kind}: projector thumbnail`,
        );
        // The thumbnail shows what the projector shows (the results, titled like the activity), and nobody can reach into it.
        await poll(() => thumb.locator('.present-title').innerText()).toBe(a.title);
        expect(await thumb.getAttribute('aria-hidden')).toBe('true');
        expect(await thumb.evaluate((el) => (el as HTMLElement).inert)).toBe(true);
        if (a === interactive[0] || a.kind === 'leadsort') await expectNoSeriousA11yViolations(page, `console at 1280×720: ${a.kind}`);
        answeredBottom.push(
          `${a.kind} ${Object.entries(bottoms)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}`,
        );
        if (['brainstorm', 'leadsort', 'retro', 'commitments', 'dotvote'].includes(a.kind)) {
          await shot(page, `console-laptop-${a.kind}-1280`);
          // The other common laptop (1366×768) keeps the same essentials in view; a desktop gets a picture to judge.
          await page.setViewportSize({ width: 1366, height: 768 });
          for (const [what, locator] of [
            ['count', count],
            ['lock', page.getByRole('button', { name: 'Lock answers' })],
            ['reveal', page.getByRole('button', { name: 'Hide results' })],
            ['timer', page.getByRole('timer')],
          ] as const) {
            await inFirstViewport(page, locator, `${a.kind} at 1366×768: ${what}`, 768);
          }
          await page.setViewportSize({ width: 1920, height: 1080 });
          await shot(page, `console-laptop-${a.kind}-1920`);
          await page.setViewportSize(LAPTOP);
        }
      }

      // Figures for the closing note: where the essentials end on a 720 px screen, per kind.
      console.info(`console-laptop: bottom y (px) at 1280×720: ${answeredBottom.join('; ')}`);

      // The end of the day: the report is the obvious next step.
      await page.getByRole('button', { name: 'End workshop' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'End workshop' }).click();
      const report = page.getByRole('button', { name: 'Make the report' }).or(page.getByRole('link', { name: 'Make the report' }));
      await inFirstViewport(page, report, 'Make the report');
      await inFirstViewport(page, page.getByRole('button', { name: 'Resume the workshop' }), 'Resume');
      await expectNoSeriousA11yViolations(page, 'console at 1280×720: ended');
      await shot(page, 'console-laptop-ended-1280');
      await report.click();
      await poll(() => page.url()).toContain(`#/export/${workshopId}`);
      await poll(() => page.getByRole('heading', { level: 1 }).first().isVisible()).toBe(true);
      expect(errors).toEqual([]);
    },
  );
});
