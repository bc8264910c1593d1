import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// Two facilitators run one workshop from two consoles and edit the same brainstorm board
// at the same moment. Console B has not yet heard of A's edit when it makes its own (its
// change events are held back, as on a slow network): the core merges both edits, and when
// both changed the same group's name, the stored one stays and B says, in words, that its
// change was not kept. Nothing is lost silently.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

interface Detail {
  participants: { id: string; name: string }[];
  activities: { id: string; kind: string }[];
}
interface Cluster {
  id: string;
  name: string;
  cardKeys: string[];
}

/** A console whose change events can be held back (requests and their replies still pass). */
async function heldConsole(session: Session, url: string) {
  const { page, errors, context } = await session.page(SCREEN.desktop);
  let holding = false;
  const held: (string | Buffer)[] = [];
  let toPage: ((m: string | Buffer) => void) | null = null;
  await (context as BrowserContext).routeWebSocket(/\/api\/ws/, (ws) => {
    const server = ws.connectToServer();
    toPage = (m) => ws.send(m);
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      const isEvent = typeof m === 'string' && (JSON.parse(m) as { type?: string }).type === 'event';
      if (holding && isEvent) held.push(m);
      else ws.send(m);
    });
  });
  await page.goto(url);
  await page.reload(); // the console's socket now goes through the route
  return {
    page,
    errors,
    hold: () => void (holding = true),
    release() {
      holding = false;
      for (const m of held.splice(0)) toPage!(m);
    },
  };
}

const nameField = (page: Page, groupId: string) => page.locator(`[data-zone-id="${groupId}"] .cgv-cluster-name`);
const cardsIn = (page: Page, groupId: string) => page.locator(`[data-zone-id="${groupId}"] [data-card-id]`);

async function rename(page: Page, groupId: string, name: string) {
  await nameField(page, groupId).fill(name);
  await nameField(page, groupId).press('Enter');
}

describe('two consoles editing one board at once', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps both consoles’ edits, and says so when one change to the same name was not kept', { timeout: 180_000 }, async () => {
    const serve = session.serve;
    const { id: workshopId } = await op<{ id: string }>(serve, 'workshop:create', { title: 'Two facilitators' });
    await op(serve, 'participant:addMany', {
      workshopId,
      people: ['Dana', 'Marcus', 'Priya', 'Owen'].map((name, i) => ({ name, team: i % 2 ? 'marketing' : 'sales' })),
    });
    await op(serve, 'activity:add', {
      workshopId,
      kind: 'brainstorm',
      title: 'Where do hand-offs hurt?',
      minutes: 15,
      config: { prompt: 'One pain per card.', anonymous: true, maxCardsPerPerson: 5 },
    });
    const detail = await op<Detail>(serve, 'workshop:get', { id: workshopId });
    const activity = detail.activities.find((a) => a.kind === 'brainstorm')!;
    await op(serve, 'run:start', { workshopId });
    await op(serve, 'run:goto', { workshopId, activityId: activity.id });
    const texts = ['Leads arrive with no context', 'Slow follow-up', 'Nobody hears about lost deals', 'Reps rewrite the nurture emails'];
    const keys: string[] = [];
    for (const [i, p] of detail.participants.entries()) {
      await op(serve, 'response:submit', { activityId: activity.id, participantId: p.id, itemKey: `card-${i}abcd`, value: { text: texts[i] } });
      keys.push(`${p.id}/card-${i}abcd`);
    }
    const start: Cluster[] = [
      { id: 'g1', name: 'Speed', cardKeys: [keys[1]!] },
      { id: 'g2', name: 'Trust', cardKeys: [keys[2]!] },
    ];
    await op(serve, 'run:setBoard', { activityId: activity.id, board: { clusters: start } });
    const stored = async () => {
      const run = await op<{ activities: { activityId: string; board: { clusters: Cluster[] } }[] }>(serve, 'run:get', { workshopId });
      return run.activities.find((a) => a.activityId === activity.id)!.board.clusters;
    };

    const url = `${serve.origin}/#/run/${workshopId}`;
    const a = await session.page(SCREEN.desktop);
    await a.page.goto(url);
    const b = await heldConsole(session, url);
    for (const page of [a.page, b.page]) await poll(() => cardsIn(page, 'g1').count()).toBe(1);

    // 1. A groups a card while B, not yet aware of it, renames the other group: both stay.
    b.hold();
    await a.page.getByLabel(`Move “${texts[0]}” to`).selectOption({ label: 'Speed' });
    await poll(async () => (await stored()).find((c) => c.id === 'g1')!.cardKeys).toEqual([keys[1], keys[0]]);
    await rename(b.page, 'g2', 'Trust and feedback');
    await poll(async () => (await stored()).find((c) => c.id === 'g2')!.name).toBe('Trust and feedback');
    b.release();
    expect(await stored()).toEqual([
      { id: 'g1', name: 'Speed', cardKeys: [keys[1], keys[0]] },
      { id: 'g2', name: 'Trust and feedback', cardKeys: [keys[2]] },
    ]);
    // Every console shows the merged board.
    for (const page of [a.page, b.page]) {
      await poll(() => cardsIn(page, 'g1').count()).toBe(2);
      await poll(() => nameField(page, 'g2').inputValue()).toBe('Trust and feedback');
    }
    await expect(b.page.getByText(/was not kept/).count()).resolves.toBe(0);

    // 2. Both rename the same group at once: A's name (stored first) stays, and B says its change was not kept.
    b.hold();
    await rename(a.page, 'g1', 'Speed to lead');
    await poll(async () => (await stored()).find((c) => c.id === 'g1')!.name).toBe('Speed to lead');
    await rename(b.page, 'g1', 'Fast follow-up');
    const notice = b.page.getByRole('alert').filter({ hasText: 'was not kept' });
    await poll(() => notice.innerText()).toBe(
      'Your change to the name of “Speed to lead” was not kept: the other console changed it at the same time. Check and edit again.',
    );
    await shot(b.page, 'co-facilitators-not-kept');
    b.release();
    expect((await stored()).find((c) => c.id === 'g1')!.name).toBe('Speed to lead');
    await poll(() => nameField(b.page, 'g1').inputValue()).toBe('Speed to lead');
    await expect(a.page.getByText(/was not kept/).count()).resolves.toBe(0);
    // The notice goes when read.
    await b.page.getByRole('button', { name: 'Dismiss' }).click();
    await poll(() => notice.count()).toBe(0);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});
