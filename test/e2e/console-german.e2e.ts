import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { items } from '../../src/activities/shared-schemas';
import { op } from './run-e2e-helpers';

// #19: a German workshop run from a German console. The facilitator's interface language comes from
// this window's storage (as the app-bar menu keeps it); the workshop's language is set through the API.
// The console (1280×720) and the presenter (1920×1080) are drawn in German and in the pseudo-locale
// (?ui=pseudo, ?room=pseudo: accented, 40 % longer) and must not scroll sideways.

const LAPTOP = { width: 1280, height: 720 };
const PROJECTOR = { width: 1920, height: 1080 };
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('a German workshop, console and presenter in German', () => {
  let session: Session;
  let workshopId = '';
  beforeAll(async () => {
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
    const serve = session.serve;
    ({ id: workshopId } = await op<{ id: string }>(serve, 'workshop:create', { title: 'Q3-Kick-off Vertrieb & Marketing', facilitator: 'Anna Weber' }));
    await op(serve, 'workshop:update', { id: workshopId, patch: { language: 'de' } });
    const names = ['Jonas', 'Lea', 'Felix', 'Mia', 'Lukas', 'Emma', 'Paul', 'Sophie'];
    await op(serve, 'participant:addMany', { workshopId, people: names.map((name, i) => ({ name, team: i < 4 ? 'sales' : 'marketing' })) });
    await op(serve, 'activity:add', { workshopId, kind: 'slide', title: 'Willkommen', minutes: 5 });
    const sort = await op<{ id: string }>(serve, 'activity:add', {
      workshopId,
      kind: 'cardsort',
      title: 'Was macht einen guten Lead aus?',
      minutes: 20,
      config: {
        prompt: 'Ordnen Sie jedes Signal zu.',
        cards: items(['Demo angefragt', 'Preisseite besucht', 'Whitepaper geladen'], 'sig'),
        columns: items(['Guter Lead', 'Kein Signal', 'Kommt darauf an'], 'col'),
        open: false,
      },
    });
    const detail = await op<{ participants: { id: string }[] }>(serve, 'workshop:get', { id: workshopId });
    for (const [i, p] of detail.participants.slice(0, 5).entries()) {
      await op(serve, 'response:submit', { activityId: sort.id, participantId: p.id, itemKey: 'sig1', value: { column: i % 2 ? 'col1' : 'col2' } });
    }
    await op(serve, 'room:open', { workshopId, host: '127.0.0.1' });
    await op(serve, 'run:start', { workshopId });
    await op(serve, 'run:goto', { workshopId, activityId: sort.id });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it('the console at 1280×720 speaks the interface language kept in storage, with German units and numbers', { timeout: 120_000 }, async () => {
    const { page } = await session.page(LAPTOP);
    await page.goto(`${session.serve.origin}/#/run/${workshopId}`);
    // As the app-bar menu leaves it: the choice kept in this window's storage, read at the next start.
    await page.evaluate(() => localStorage.setItem('cg-ui-locale', 'de'));
    await page.reload();
    await poll(() => page.getByRole('button', { name: 'Nächste Aktivität' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await expect(page.getByRole('heading', { name: 'Ablauf' }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('respondent-count').textContent()).resolves.toBe('5 von 8 haben geantwortet');
    await expect(page.getByLabel('Sprache der Oberfläche').inputValue()).resolves.toBe('de');
    // The projector's picture is the room's: German here because the workshop is.
    await poll(() => page.getByTestId('projector-thumbnail').textContent()).toContain('von 8 haben geantwortet');
    expect(await page.locator('body').textContent()).not.toMatch(/Next activity|Lock answers|Reveal results|On the projector/);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await shot(page, 'i18n-console-de-1280x720');

    await page.goto(`${session.serve.origin}/?ui=pseudo#/run/${workshopId}`);
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    await poll(() => page.locator('#stage-title').isVisible()).toBe(true);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await shot(page, 'i18n-console-pseudo-1280x720');
  });

  it('the presenter at 1920×1080 speaks the workshop language, whatever the interface speaks', { timeout: 120_000 }, async () => {
    const { page } = await session.page(PROJECTOR);
    await page.goto(`${session.serve.origin}/#/present/${workshopId}`);
    await poll(() => page.getByTestId('responded').textContent()).toBe('5 von 8 haben geantwortet');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await expect(page.getByTestId('join-panel').textContent()).resolves.toContain('Mit dem Handy teilnehmen');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await shot(page, 'i18n-presenter-de-1920x1080');

    await page.goto(`${session.serve.origin}/?room=pseudo#/present/${workshopId}`);
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    await poll(() => page.getByTestId('responded').textContent()).toMatch(/⟦/);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await shot(page, 'i18n-presenter-pseudo-1920x1080');
  });

  it('the workshop list at 1280×720 in German and in the pseudo-locale', { timeout: 120_000 }, async () => {
    const { page } = await session.page(LAPTOP);
    await page.goto(`${session.serve.origin}/?ui=de#/`);
    await poll(() => page.getByRole('button', { name: 'Neuer Workshop' }).isVisible()).toBe(true);
    await expect(page.getByTestId('workshop-row').first().textContent()).resolves.toContain('2 Aktivitäten');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await shot(page, 'i18n-list-de-1280x720');
    await page.goto(`${session.serve.origin}/?ui=pseudo#/`);
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await shot(page, 'i18n-list-pseudo-1280x720');
  });
});
