import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// #19: `npm run check:layout -- --locale fr` found a retro question split between two projector pages: "Un petit
// pas que nous pourrions faire le mois prochain" takes two lines at 1920 wide, and its first line stayed at the foot
// of one column with the second at the top of the next. A question is kept whole (and with its first card). Measured
// in the page: every line of every question in one column, over a sweep of screen heights, in French and in the
// pseudo-locale.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const HEIGHTS = Array.from({ length: 31 }, (_, i) => 1000 + i * 6);
const CARD = (i: number) =>
  `Carte ${i + 1} : les leads du webinaire de printemps sont restés plus d’une semaine dans la file commune, car personne ne savait qui devait les rappeler.`;

/** Each question whose lines sit in more than one column (columns counted across pages). */
function questionsSplit(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const flow = document.querySelector('.cgv-paged-flow');
    if (!flow) return ['no paged flow'];
    const box = flow.getBoundingClientRect();
    const gap = parseFloat(getComputedStyle(flow).columnGap) || 0;
    const columns = Number(getComputedStyle(flow).columnCount) || 1;
    const step = (box.width - gap * (columns - 1)) / columns + gap;
    const split: string[] = [];
    const range = document.createRange();
    for (const q of flow.querySelectorAll('.cgx-retro-q')) {
      range.selectNodeContents(q);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      const used = new Set(lines.map((r) => Math.floor((r.left - box.left + 1) / step)));
      if (used.size > 1) split.push(`${q.textContent?.trim()}: in columns ${[...used].map((c) => c + 1).join(' and ')}`);
    }
    return split;
  });
}

describe('the retro on the projector keeps each question whole', () => {
  let session: Session;
  let workshopId = '';
  beforeAll(async () => {
    session = await openSession(tempDir());
    const serve = session.serve;
    ({ id: workshopId } = await op<{ id: string }>(serve, 'workshop:create', { title: 'Rétrospective' }));
    await op(serve, 'workshop:update', { id: workshopId, patch: { language: 'fr' } });
    const people = await op<{ id: string }[]>(serve, 'participant:addMany', {
      workshopId,
      people: Array.from({ length: 40 }, (_, i) => ({ name: `Personne ${i + 1}`, team: i % 2 ? 'sales' : 'marketing' })),
    });
    const retro = await op<{ id: string; config: { prompts: { id: string }[] } }>(serve, 'activity:add', { workshopId, kind: 'retro' });
    await op(serve, 'run:start', { workshopId });
    const prompts = retro.config.prompts.map((p) => p.id);
    for (const [i, p] of people.entries())
      await op(serve, 'response:submit', {
        activityId: retro.id,
        participantId: p.id,
        itemKey: `card-fr${String(i).padStart(4, '0')}`,
        value: { text: CARD(i), prompt: prompts[i % prompts.length] },
      });
    await op(serve, 'run:goto', { workshopId, activityId: retro.id });
    await op(serve, 'run:set', { activityId: retro.id, revealed: true });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it.each(['fr', 'pseudo'])('in %s at 1920 wide, no question is split between columns or pages at any height', { timeout: 300_000 }, async (room) => {
    const { page, context } = await session.page({ width: 1920, height: 1080 });
    const split: string[] = [];
    for (const height of HEIGHTS) {
      await page.setViewportSize({ width: 1920, height });
      await page.goto(`${session.serve.origin}/?room=${room}#/present/${workshopId}`);
      await poll(() => page.locator('.cgx-retro-q').count()).toBeGreaterThan(0);
      await page.waitForFunction(() => document.fonts.status === 'loaded');
      await page.waitForTimeout(100); // the paged list measures itself in the next frame
      for (const s of await questionsSplit(page)) split.push(`${room} 1920×${height} ${s}`);
    }
    await shot(page, `retro-questions-${room}-1920`);
    await context.close();
    expect(split).toEqual([]);
  });
});
