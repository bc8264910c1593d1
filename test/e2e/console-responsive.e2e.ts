import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// Issue #13: with a room's answers in, the console's main thread was busy enough that a
// click waited before the page settled. The profile (npm run bench:console) showed why:
// the board and the results were drawn again on every tick of the clock (4 a second),
// on every lock or reveal, and on every push, even when nothing they show had changed,
// and each click read the results twice. This counts, in real Chromium, how often those
// views render (through React's DevTools hook) and how many results reads a click sends:
// counts, not times, and the same with 12 answers as with 240.

declare global {
  interface Window {
    __renders: Record<string, number>;
  }
}

/** A stand-in for React DevTools: counts the components that rendered in each commit, by name and by where (console or thumbnail). */
function countRenders() {
  window.__renders = {};
  type Fiber = { type: unknown; flags: number; child: Fiber | null; sibling: Fiber | null; alternate: Fiber | null };
  const PERFORMED_WORK = 1;
  const nameOf = (f: Fiber): string | undefined => {
    const t = f.type as { name?: string; displayName?: string; render?: { name?: string }; type?: { name?: string } } | null;
    if (typeof t === 'function') return (t as { name: string }).name;
    return t && typeof t === 'object' ? (t.displayName ?? t.render?.name ?? t.type?.name) : undefined;
  };
  const bump = (f: Fiber, where: string) => {
    const name = nameOf(f);
    if (name) window.__renders[`${where}:${name}`] = (window.__renders[`${where}:${name}`] ?? 0) + 1;
  };
  const whereOf = (f: Fiber, where: string) => (nameOf(f) === 'ProjectorThumbnail' ? 'thumbnail' : where);
  const mounted = (f: Fiber | null, where: string): void => {
    for (let c = f; c; c = c.sibling) {
      const w = whereOf(c, where);
      bump(c, w);
      mounted(c.child, w);
    }
  };
  // Only fibers React worked on in this commit: a subtree it skipped keeps the same child.
  const updated = (next: Fiber, prev: Fiber, where: string): void => {
    if (nameOf(next) && next.flags & PERFORMED_WORK) bump(next, where);
    if (next.child === prev.child) return;
    for (let c = next.child; c; c = c.sibling) {
      const w = whereOf(c, where);
      if (c.alternate) updated(c, c.alternate, w);
      else {
        bump(c, w);
        mounted(c.child, w);
      }
    }
  };
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: object }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      const next = root.current;
      if (next.alternate) updated(next, next.alternate, 'console');
      else mounted(next.child, 'console');
    },
  };
}

// The board, the results and the list of who answered (60 names): the console's heaviest parts.
const HEAVY = ['console:BrainstormBoardView', 'console:BrainstormResults', 'console:RespondentsPanel'];
const NONE = Object.fromEntries(HEAVY.map((k) => [k, 0]));
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('the console with a room’s answers in', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it(
    'draws the board and results again only when they change, and reads results once per push, whatever the number of answers',
    { timeout: 240_000 },
    async () => {
      const serve = session.serve;
      const call = <T = any>(name: string, input: unknown) => op<T>(serve, name, input); // eslint-disable-line @typescript-eslint/no-explicit-any
      const w = await call<{ id: string }>('workshop:create', { title: 'Console under load' });
      const people = await call<{ id: string }[]>('participant:addMany', {
        workshopId: w.id,
        people: Array.from({ length: 60 }, (_, i) => ({ name: `Person ${i + 1}`, team: i % 2 ? 'marketing' : 'sales' })),
      });
      const storm = await call<{ id: string }>('activity:add', {
        workshopId: w.id,
        kind: 'brainstorm',
        config: { prompt: 'What slows a hand-off?', anonymous: true, maxCardsPerPerson: 10 },
      });
      await call('activity:add', { workshopId: w.id, kind: 'slide' });
      await call('run:start', { workshopId: w.id });
      await call('run:goto', { workshopId: w.id, activityId: storm.id });
      const card = (i: number, k: number) => ({
        activityId: storm.id,
        participantId: people[i]!.id,
        itemKey: `card-p${i}x${k}`,
        value: { text: `Card ${i + 1}.${k + 1}: leads wait in the shared queue` },
      });
      const answer = async (from: number, to: number, perPerson: number) => {
        for (let i = from; i < to; i++) await Promise.all(Array.from({ length: perPerson }, (_, k) => call('response:submit', card(i, k))));
      };
      await answer(0, 6, 2);
      const results = await call<{ aggregate: { overall: { cards: { key: string }[] } } }>('activity:results', { activityId: storm.id });
      const keys = results.aggregate.overall.cards.map((c) => c.key);
      await call('run:setBoard', {
        activityId: storm.id,
        board: { clusters: [0, 1, 2].map((j) => ({ id: `th${j}`, name: `Theme ${j + 1}`, cardKeys: keys.filter((_, n) => n % 3 === j) })) },
      });
      await call('run:set', { activityId: storm.id, revealed: true });

      const { page, errors } = await session.page({ width: 1280, height: 720 });
      await page.addInitScript(countRenders);
      let resultReads = 0;
      page.on('websocket', (ws) => ws.on('framesent', (f) => (resultReads += String(f.payload).includes('"activity:results"') ? 1 : 0)));
      await page.goto(`${serve.origin}/#/run/${w.id}`);
      await page.reload(); // the hash change alone keeps the document (and the hook script would not run)
      await page.locator('.stage-results').waitFor();
      expect(await page.evaluate(() => Object.keys(window.__renders).length), 'React reports its commits to the hook').toBeGreaterThan(0);

      const counted = async (what: () => Promise<void>) => {
        await quiet(page);
        await page.evaluate(() => (window.__renders = {}));
        const reads = resultReads;
        await what();
        await quiet(page);
        const renders = await page.evaluate(() => window.__renders);
        return { renders, reads: resultReads - reads };
      };
      const heavy = (r: Record<string, number>) => Object.fromEntries(HEAVY.map((k) => [k, r[k] ?? 0]));
      const thumbnailResults = (r: Record<string, number>) => r['thumbnail:BrainstormResults'] ?? 0;
      const flag = (text: string) => page.locator('.stage-flags .flag', { hasText: text }).waitFor();

      async function round(label: string, respondents: number) {
        await poll(() => page.getByTestId('respondent-count').textContent()).toContain(`${respondents} of 60 responded`);
        // Two seconds of nothing: the clock ticks, the board and the results stay as drawn.
        const idle = await counted(() => page.waitForTimeout(2000));
        expect(heavy(idle.renders), `${label}: renders while nothing happens`).toEqual(NONE);
        expect(idle.reads, `${label}: results reads while nothing happens`).toBe(0);

        for (const [button, shown] of [
          ['Lock answers', 'Answers locked'],
          ['Unlock answers', 'Answers open'],
        ] as const) {
          const click = await counted(async () => {
            await page.locator('.stage-buttons button', { hasText: button }).click();
            await flag(shown);
          });
          expect(heavy(click.renders), `${label}: console board and results renders after “${button}”`).toEqual(NONE);
          expect(thumbnailResults(click.renders), `${label}: thumbnail results renders after “${button}”`).toBeLessThanOrEqual(1);
          expect(click.reads, `${label}: results reads after “${button}”`).toBe(0);
        }

        // Someone sends the same answer again: one push, one read, nothing redrawn.
        const resend = await counted(async () => {
          const before = resultReads;
          await call('response:submit', card(0, 0));
          await poll(() => resultReads - before).toBe(1);
        });
        expect(heavy(resend.renders), `${label}: renders after a push that changed nothing`).toEqual(NONE);
        expect(thumbnailResults(resend.renders), `${label}: thumbnail renders after a push that changed nothing`).toBe(0);
      }

      await round('12 answers', 6);
      await answer(6, 60, 4);
      await round('228 answers', 60);
      expect(errors).toEqual([]);
    },
  );
});

/** Wait until the page has had no pending results read or render for a moment (counted by frames, not by a clock in the assertion). */
async function quiet(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 400)))));
}
