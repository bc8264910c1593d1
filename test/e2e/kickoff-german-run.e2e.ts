import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { englishLeftOnPage, translated } from '../helpers/english-leftovers';
import { tempDir } from '../helpers/temp-dir';
import { ensurePhoneBundle, op } from './run-e2e-helpers';

// Issue #19's browser test: the 90-minute kickoff run in German. The facilitator's console (interface
// language German), the projector (the workshop's language) and a phone in German; a second phone is
// switched to Spanish by its person; the PDF report is German, read back with pdftotext.
// Both phones are English browsers: German comes from the workshop, Spanish from the person's choice.
// Every screen is checked for English left over (each English message of the catalogs whose German or
// Spanish reads differently) and with axe. Words the test clicks are looked up in the catalogs.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const de = (id: string, values?: Record<string, string | number>) => translated('de', id, values);
const es = (id: string, values?: Record<string, string | number>) => translated('es', id, values);
const PHONE = { viewport: SCREEN.phone, hasTouch: true, isMobile: true, locale: 'en-US' };

const SALES = ['Anna Becker', 'Jonas Weber', 'Lea Wagner'] as const;
const MARKETING = ['Felix Hoffmann', 'Mia Schäfer', 'Paul Koch'] as const;

interface Activity {
  id: string;
  kind: string;
  title: string;
  config: Record<string, unknown>;
}
interface Detail {
  workshop: { id: string; language: string; date: string | null };
  activities: Activity[];
}

async function noEnglish(page: Page, locale: 'de' | 'es', where: string) {
  expect(await englishLeftOnPage(page, locale), `English left on ${where}`).toEqual([]);
}

describe('the 90-minute kickoff in German', () => {
  let session: Session;
  const out = tempDir();
  beforeAll(async () => {
    ensurePhoneBundle();
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('console, projector and a phone in German, a second phone in Spanish, and a German PDF report', { timeout: 240_000 }, async () => {
    const serve = session.serve;
    const origin = serve.origin;
    const made = await op<{ id: string }>(serve, 'template:createWorkshop', { templateId: 'builtin-kickoff', language: 'de' });
    const workshopId = made.id;
    await op(serve, 'workshop:update', { id: workshopId, patch: { date: '2027-03-16', startTime: '09:30' } });
    const people = await op<{ id: string; name: string }[]>(serve, 'participant:addMany', {
      workshopId,
      people: [...SALES.map((name) => ({ name, team: 'sales' })), ...MARKETING.map((name) => ({ name, team: 'marketing' }))],
    });
    const id = (name: string) => people.find((p) => p.name === name)!.id;
    const detail = await op<Detail>(serve, 'workshop:get', { id: workshopId });
    expect(detail.workshop.language).toBe('de');
    const byKind = (kind: string) => detail.activities.find((a) => a.kind === kind)!;
    const submit = (a: Activity, name: string, itemKey: string, value: unknown) =>
      op(serve, 'response:submit', { activityId: a.id, participantId: id(name), itemKey, value });

    // The facilitator's console in German.
    const desk = await session.page(SCREEN.laptop, { acceptDownloads: true });
    const d = desk.page;
    await d.goto(`${origin}/#/run/${workshopId}`);
    // The facilitator picks German in the app bar; the choice is kept for the next visit.
    await d.getByRole('combobox', { name: 'Interface language' }).selectOption('de');
    await poll(() => d.locator('html').getAttribute('lang')).toBe('de');
    await d.reload();
    await poll(() => d.getByRole('button', { name: de('Start the workshop') }).isVisible()).toBe(true);
    expect(await d.locator('html').getAttribute('lang')).toBe('de');
    const room = await op<{ joinUrl: string }>(serve, 'room:open', { workshopId, host: '127.0.0.1' });

    // The projector: a window of the same app (the presenter view), German because the workshop is.
    const pr = await desk.context.newPage();
    await pr.setViewportSize(SCREEN.desktop);
    await pr.goto(`${origin}/#/present/${workshopId}`);
    await poll(() => pr.getByText(de('Starting soon')).isVisible()).toBe(true);
    await noEnglish(pr, 'de', 'the projector before the start');

    // Two phones, both English browsers: the first shows German (the workshop's), the second person picks Spanish.
    const joinAs = async (name: string) => {
      const ctx = await session.browser.newContext(PHONE);
      const page = await ctx.newPage();
      await page.goto(room.joinUrl);
      await poll(() => page.getByRole('button', { name }).isVisible()).toBe(true);
      return { ctx, page };
    };
    const anna = await joinAs(SALES[0]);
    await noEnglish(anna.page, 'de', 'the German phone’s list of names');
    const felix = await joinAs(MARKETING[0]);
    await felix.page.getByRole('combobox', { name: de('Language') }).selectOption('es');
    await poll(() => felix.page.locator('html').getAttribute('lang')).toBe('es');
    await anna.page.getByRole('button', { name: SALES[0] }).tap();
    await felix.page.getByRole('button', { name: MARKETING[0] }).tap();
    await poll(() => anna.page.locator('html').getAttribute('lang')).toBe('de');
    await noEnglish(anna.page, 'de', 'the German phone, joined');
    await noEnglish(felix.page, 'es', 'the Spanish phone, joined');

    // Start; the welcome slide.
    await d.getByRole('button', { name: de('Start the workshop') }).click();
    const stage = d.locator('#stage-title');
    const onProjector = () => pr.getByRole('heading', { level: 1 }).first().innerText();
    const [welcome] = detail.activities;
    await poll(onProjector).toBe(welcome!.title);
    await noEnglish(d, 'de', 'the console (welcome)');
    await noEnglish(pr, 'de', 'the projector (welcome)');
    await expectNoSeriousA11yViolations(d, 'console in German');
    await expectNoSeriousA11yViolations(pr, 'projector in German');

    const next = async (a: Activity) => {
      await d.getByRole('button', { name: de('Next activity') }).click();
      await poll(() => stage.innerText()).toBe(a.title);
      await poll(onProjector).toBe(a.title);
    };
    const everywhere = async (what: string) => {
      await noEnglish(d, 'de', `the console (${what})`);
      await noEnglish(pr, 'de', `the projector (${what})`);
      await noEnglish(anna.page, 'de', `the German phone (${what})`);
      await noEnglish(felix.page, 'es', `the Spanish phone (${what})`);
    };
    const reveal = async (what: string) => {
      await d.getByRole('button', { name: de('Reveal results') }).click();
      await poll(() => pr.locator('.present-kicker').first().innerText()).toBe(de('Results'));
      await everywhere(`${what}, results`);
      await expectNoSeriousA11yViolations(pr, `projector in German: ${what} results`);
      await shot(pr, `kickoff-de-${what}-results-1920`);
    };

    // The icebreaker: Anna writes a card on her phone in German, Felix in Spanish; the others through the API.
    const ice = byKind('brainstorm');
    await next(ice);
    await poll(() => anna.page.getByRole('heading', { level: 1, name: ice.title }).isVisible()).toBe(true);
    await everywhere('icebreaker');
    await anna.page.getByLabel(de('Write a card')).fill('Wie viele Anrufe eine Demo kostet');
    await anna.page.getByRole('button', { name: de('Add card') }).tap();
    await felix.page.getByLabel(es('Write a card')).fill('Cuánto tarda un webinar');
    await felix.page.getByRole('button', { name: es('Add card') }).tap();
    for (const [i, name] of [...SALES.slice(1), ...MARKETING.slice(1)].entries()) await submit(ice, name, `card-api${i}x`, { text: `Karte ${i + 1}` });
    await shot(anna.page, 'kickoff-de-brainstorm-phone-390');
    await shot(felix.page, 'kickoff-es-brainstorm-phone-390');
    await reveal('brainstorm');

    // The lead sort: every signal answered, Sales and Marketing apart on the first.
    const lead = byKind('leadsort');
    await next(lead);
    const cards = (lead.config.cards as { id: string }[]).slice(0, 4);
    const columns = lead.config.columns as { id: string }[];
    await everywhere('lead sort');
    await shot(anna.page, 'kickoff-de-leadsort-phone-390');
    for (const [i, name] of [...SALES, ...MARKETING].entries())
      for (const [k, card] of cards.entries()) await submit(lead, name, card.id, { column: columns[(i < 3 ? 0 : 1 + k) % columns.length]!.id });
    await reveal('leadsort');

    // The break, the KPI sort, the commitments.
    for (const a of detail.activities.slice(detail.activities.indexOf(lead) + 1)) {
      await next(a);
      await everywhere(a.kind);
      if (a.kind === 'kpisort') {
        const kpis = (a.config.cards as { id: string }[]).slice(0, 3);
        const owners = a.config.columns as { id: string }[];
        for (const [i, name] of [...SALES, ...MARKETING].entries())
          for (const [k, card] of kpis.entries()) await submit(a, name, card.id, { column: owners[(i + k) % owners.length]!.id });
        await reveal('kpisort');
      }
      if (a.kind === 'commitments') {
        await shot(anna.page, 'kickoff-de-commitments-phone-390');
        for (const name of [...SALES, ...MARKETING]) await submit(a, name, 'pledge', { text: `Ich teile jede Woche eine Liste (${name})` });
        await reveal('commitments');
      }
    }

    // The end, and the report from the German export screen.
    await d.getByRole('button', { name: de('End workshop') }).click();
    await d
      .getByRole('alertdialog', { name: de('End the workshop?') })
      .getByRole('button', { name: de('End workshop') })
      .click();
    await poll(() => pr.locator('body').innerText()).not.toContain(detail.activities.at(-1)!.title);
    await noEnglish(pr, 'de', 'the projector after the end');
    await d.goto(`${origin}/#/export/${workshopId}`);
    await poll(() => d.getByRole('button', { name: de('Make and download the report') }).isVisible()).toBe(true);
    await noEnglish(d, 'de', 'the export screen');
    const [download] = await Promise.all([d.waitForEvent('download'), d.getByRole('button', { name: de('Make and download the report') }).click()]);
    const pdf = join(out, 'kickoff-de.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');
    // German headings, a German date, and no English heading left.
    const germanDate = new Intl.DateTimeFormat('de-DE', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date('2027-03-16T00:00:00Z'),
    );
    expect(text).toContain(germanDate);
    const germanTime = new Intl.DateTimeFormat('de-DE', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date('2027-03-16T09:30:00Z'));
    expect(text).toContain(germanTime);
    // German percentages ("50 %", a space before the sign), as Intl writes them.
    const half = new Intl.NumberFormat('de-DE', { style: 'percent' }).format(0.5).replace(/[\u00a0\u202f]/g, ' ');
    expect(half).toBe('50 %');
    expect(text).toContain(half);
    for (const heading of ['WORKSHOP-BERICHT', 'Zusammenfassung für die Führung', 'Ablauf: geplant und tatsächlich', 'Zusagen und Aufgaben'])
      expect(text).toContain(heading);
    expect(text).toContain(lead.title);
    for (const heading of [
      'WORKSHOP REPORT',
      'Executive summary',
      'In this report',
      'Commitments and action items',
      'What makes a quality lead?',
      'Page 1 of',
    ]) {
      expect(text, `"${heading}" in English`).not.toContain(heading);
    }
    await anna.ctx.close();
    await felix.ctx.close();
  });
});
