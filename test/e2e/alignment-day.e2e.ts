import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN, SHOTS_DIR } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { centreOf, op, touchDrag, touchDragToZone } from './run-e2e-helpers';

// The built-in six-hour "Sales & Marketing alignment day", run start to finish
// in browser mode the way a facilitator would: the console moves through all
// thirteen activities, the projector follows, Dana (Sales) answers every
// exercise on a touch screen through the in-room page, the other seven people
// through the API (Sales and Marketing answering differently, so the gaps
// show), the facilitator works each board in the console, ends the day, and
// the PDF report carries every exercise's outcome.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const zoneOf = (page: Page, cardId: string) =>
  page.locator(`[data-card-id="${cardId}"]`).evaluate((el) => el.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id') ?? null);

interface Activity {
  id: string;
  kind: string;
  title: string;
}
interface Detail {
  workshop: { id: string; anonymityThreshold: number };
  participants: { id: string; name: string; team: string }[];
  activities: Activity[];
  actionItems: { text: string; owner: string; dueDate: string | null }[];
}
interface Run {
  status: string;
  activities: { activityId: string; board: unknown }[];
}

/** A phrase in pdftotext's layout, where a table cell that wraps has its neighbours' words between its own. */
const inCell = (phrase: string) =>
  phrase
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(' (?:\\S+ ){0,8}?');

const SALES = ['Dana', 'Marcus', 'Priya', 'Tomás'] as const;
const MARKETING = ['Hannah', 'Leo', 'Aisha', 'Ravi'] as const;

describe('the six-hour alignment day in browser mode', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs the six-hour alignment day start to finish: every exercise answered, every outcome in the report', { timeout: 180_000 }, async () => {
    const serve = session.serve;
    const origin = serve.origin;

    // The workshop from the built-in template, and a roster of eight: four per team, above the anonymity threshold.
    const workshop = await op<{ id: string; title: string }>(serve, 'template:createWorkshop', { templateId: 'builtin-alignment-day' });
    const workshopId = workshop.id;
    const people = await op<{ id: string; name: string; team: string }[]>(serve, 'participant:addMany', {
      workshopId,
      people: [...SALES.map((name) => ({ name, team: 'sales' })), ...MARKETING.map((name) => ({ name, team: 'marketing' }))],
    });
    const detail = await op<Detail>(serve, 'workshop:get', { id: workshopId });
    expect(detail.workshop.anonymityThreshold).toBe(3);
    expect(detail.activities.map((a) => a.kind)).toEqual([
      'slide',
      'brainstorm',
      'persona',
      'break',
      'comp',
      'leadsort',
      'break',
      'buyingmap',
      'kpisort',
      'break',
      'retro',
      'commitments',
      'slide',
    ]);
    const [welcome, ice, persona, coffee, comp, lead, lunch, map, kpi, afternoon, retro, commit, wrapUp] = detail.activities;
    const id = (name: string) => people.find((x) => x.name === name)!.id;
    const submit = (a: Activity, name: string, itemKey: string, value: unknown) =>
      op(serve, 'response:submit', { activityId: a.id, participantId: id(name), itemKey, value });
    const boardOf = async (a: Activity) =>
      (await op<Run>(serve, 'run:get', { workshopId })).activities.find((x) => x.activityId === a.id)!.board as Record<string, unknown>;

    // The facilitator's console on the laptop, the projector next to it.
    const desk = await session.page(SCREEN.desktop, { acceptDownloads: true });
    const d = desk.page;
    await d.goto(`${origin}/#/run/${workshopId}`);
    const projector = await session.page(SCREEN.desktop);
    const pr = projector.page;
    await pr.goto(`${origin}/#/present/${workshopId}`);
    await poll(() => pr.getByText('Starting soon').isVisible()).toBe(true);

    await d.getByRole('button', { name: 'Start the workshop' }).click();
    const stage = d.locator('#stage-title');
    const onProjector = () => pr.getByRole('heading', { level: 1 }).first().innerText();
    await poll(() => stage.innerText()).toBe(welcome!.title);
    await poll(onProjector).toBe(welcome!.title);
    await expectNoSeriousA11yViolations(d, 'console: welcome slide');
    await expectNoSeriousA11yViolations(pr, 'presenter: welcome slide');

    /** → from the console (the title has the focus after each move, so the shortcut works), then the projector follows. */
    const next = async (a: Activity, how: 'key' | 'button' = 'key') => {
      if (how === 'key') {
        await stage.focus();
        await d.keyboard.press('ArrowRight');
      } else {
        await d.getByRole('button', { name: 'Next activity' }).click();
      }
      await poll(() => stage.innerText()).toBe(a.title);
      await poll(onProjector).toBe(a.title);
    };
    /** Results on the projector, checked by a11y on both screens, and a picture of the projector. */
    const reveal = async (a: Activity, expectOnProjector: string | RegExp) => {
      await d.getByRole('button', { name: 'Reveal results' }).click();
      await poll(() => d.getByText('Results on the projector').isVisible()).toBe(true);
      await poll(() => pr.locator('.present-kicker').first().innerText()).toBe('Results');
      await poll(() => pr.getByText(expectOnProjector).first().isVisible()).toBe(true);
      await expectNoSeriousA11yViolations(d, `console: ${a.kind}`);
      await expectNoSeriousA11yViolations(pr, `presenter: ${a.kind} results`);
      await shot(pr, `day-${a.kind}-presenter-1920`);
    };
    /** Nothing in flight on a participant page, and the last save went through. */
    const savedOn = (page: Page) =>
      poll(
        async () =>
          (await page.locator('.cgv-saved-saving').count()) === 0 && ((await page.locator('.cgv-saved').last().textContent()) ?? '').includes('Saved'),
      ).toBe(true);
    /** Tap, then wait for the save to settle. */
    const tapAndSave = async (page: Page, target: Locator) => {
      await target.tap();
      await savedOn(page);
    };

    // ---- 2. Icebreaker (brainstorm): Dana writes a card on the in-room touch screen. ----
    await next(ice!);
    const phone = await session.page(SCREEN.phone, { hasTouch: true, isMobile: true });
    const p = phone.page;
    await p.goto(`${origin}/#/participate/${workshopId}`);
    await poll(() => p.getByRole('heading', { level: 1, name: 'Who’s answering?' }).isVisible()).toBe(true);
    await p.getByRole('button', { name: 'Dana' }).tap();
    await poll(() => p.getByRole('heading', { level: 1, name: ice!.title }).isVisible()).toBe(true);
    await p.getByLabel('Write a card').fill('How many calls it takes to book one demo');
    await tapAndSave(p, p.getByRole('button', { name: 'Add card' }));
    await poll(() => p.locator('.cgv-my-card').count()).toBe(1);
    const iceCards: [string, string][] = [
      ['Marcus', 'The CRM admin I do every Friday'],
      ['Priya', 'Chasing legal for a signature'],
      ['Tomás', 'Forecast calls every Monday'],
      ['Hannah', 'How long a webinar takes to build'],
      ['Leo', 'Fighting for budget every quarter'],
      ['Aisha', 'Rewriting copy for the fifth time'],
      ['Ravi', 'Cleaning up lead data by hand'],
    ];
    for (const [name, text] of iceCards)
      await submit(
        ice!,
        name,
        `card-${name
          .normalize('NFD')
          .replace(/[^a-z]/gi, '')
          .toLowerCase()}1`,
        { text },
      );
    await poll(() => d.getByTestId('respondent-count').innerText()).toBe('8 of 8 responded');
    await reveal(ice!, 'How long a webinar takes to build');

    // ---- 3. The sales team as a persona: notes with the section chips, then the vote. ----
    await next(persona!);
    await poll(() => p.getByRole('heading', { level: 1, name: persona!.title }).isVisible()).toBe(true);
    const addNote = async (section: string, text: string) => {
      await p.getByRole('button', { name: new RegExp(`^${section}`) }).tap();
      await poll(() => p.getByLabel(`Note for “${section}”`).isVisible()).toBe(true);
      await p.getByLabel(`Note for “${section}”`).fill(text);
      await tapAndSave(p, p.getByRole('button', { name: 'Add note' }));
    };
    await addNote('What keeps them up at night', 'Missing the quarter by one deal');
    await addNote('What they need from marketing', 'Leads that are ready to talk');
    await poll(() => p.locator('.cgp-my-note').count()).toBe(2);
    await expectNoSeriousA11yViolations(p, 'persona notes on a touch screen');
    await shot(p, 'day-persona-phone-390');
    const personaNotes: [string, string, string][] = [
      ['Marcus', 'goals', 'Hit the number every quarter'],
      ['Priya', 'need', 'Case studies from their industry'],
      ['Tomás', 'distrust', 'Campaigns launched without telling us'],
      ['Hannah', 'night', 'Losing a deal to a cheaper rival'],
      ['Leo', 'goals', 'A bigger commission cheque'],
      ['Aisha', 'need', 'More leads, whatever their quality'],
      ['Ravi', 'distrust', 'Leads that never buy'],
    ];
    for (const [name, section, text] of personaNotes)
      await submit(
        persona!,
        name,
        `note-${name
          .normalize('NFD')
          .replace(/[^a-z]/gi, '')
          .toLowerCase()}1`,
        { section, text },
      );
    // Votes are refused until the facilitator opens the vote.
    await expect(submit(persona!, 'Marcus', 'v-n1', { dots: 1 })).rejects.toThrow(/not open/);
    await d.getByRole('button', { name: 'Open the vote' }).click();
    await poll(async () => ((await boardOf(persona!)).ballot as unknown[]).length).toBe(9);
    const ballot = (await boardOf(persona!)).ballot as { id: string; text: string }[];
    const note = (text: string) => `v-${ballot.find((b) => b.text === text)!.id}`;
    // Dana's screen turns into the vote: three dots, two on her night-time worry.
    await poll(() => p.getByRole('button', { name: 'Add a dot to Missing the quarter by one deal' }).isVisible()).toBe(true);
    await tapAndSave(p, p.getByRole('button', { name: 'Add a dot to Missing the quarter by one deal' }));
    await tapAndSave(p, p.getByRole('button', { name: 'Add a dot to Missing the quarter by one deal' }));
    await tapAndSave(p, p.getByRole('button', { name: 'Add a dot to Leads that are ready to talk' }));
    await poll(() => p.locator('.cgv-progress strong').innerText()).toBe('5');
    for (const name of ['Marcus', 'Priya', 'Tomás']) {
      await submit(persona!, name, note('Missing the quarter by one deal'), { dots: 3 });
      await submit(persona!, name, note('Leads that are ready to talk'), { dots: 2 });
    }
    for (const name of MARKETING) {
      await submit(persona!, name, note('Losing a deal to a cheaper rival'), { dots: 3 });
      await submit(persona!, name, note('More leads, whatever their quality'), { dots: 2 });
      await submit(persona!, name, note('Leads that are ready to talk'), { dots: 1 });
    }
    // The room agrees on two notes; the facilitator marks them in the console.
    // One at a time: the console sends the whole board built from the last one it received, so a second click
    // before the first is stored would undo it (a known race in run-slice setBoard; see the persona and KPI boards).
    const agree = async (text: string) => {
      const button = d.locator('li.cgp-board-note', { hasText: text }).getByRole('button', { name: /Agree/ });
      await button.click();
      await poll(() => button.getAttribute('aria-pressed')).toBe('true');
    };
    await agree('Leads that are ready to talk');
    await agree('Hit the number every quarter');
    await poll(async () => ((await boardOf(persona!)).agreed as string[]).length).toBe(2);
    await reveal(persona!, 'Leads that are ready to talk');

    // ---- 4. Coffee break: nothing to answer. ----
    await next(coffee!, 'button');
    await poll(() => p.getByRole('heading', { level: 1, name: 'Eyes on the main screen' }).isVisible()).toBe(true);
    await poll(() => pr.getByText('Back in fifteen minutes').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(pr, 'presenter: coffee break');
    await shot(pr, 'day-break-presenter-1920');

    // ---- 5. Sales compensation 101: the facilitator opens the polls; Sales would discount, Marketing would hold. ----
    await next(comp!);
    await d.getByRole('group', { name: 'On the projector' }).getByRole('button', { name: 'Poll: what would you do?' }).click();
    await poll(async () => (await boardOf(comp!)).scenarioId).toBe('last-day');
    await poll(() => p.locator('.cgc-question').count()).toBe(1); // only the open poll
    await poll(() => p.getByRole('button', { name: 'Give the discount and sign today' }).isVisible()).toBe(true);
    await tapAndSave(p, p.getByRole('button', { name: 'Give the discount and sign today' }));
    for (const name of SALES.slice(1)) await submit(comp!, name, 'last-day', { option: 'a1' });
    for (const name of MARKETING) await submit(comp!, name, 'last-day', { option: 'a2' });
    await d.getByLabel('Open poll').selectOption('workshop-invite');
    await poll(() => p.getByRole('button', { name: 'Decline: I need to close' }).isVisible()).toBe(true);
    await tapAndSave(p, p.getByRole('button', { name: 'Decline: I need to close' }));
    await expectNoSeriousA11yViolations(p, 'comp poll on a touch screen');
    await shot(p, 'day-comp-phone-390');
    for (const name of SALES.slice(1)) await submit(comp!, name, 'workshop-invite', { option: 'b4' });
    for (const name of MARKETING) await submit(comp!, name, 'workshop-invite', { option: 'b1' });
    // Twelve paychecks on the projector, then the room's takeaway.
    await d.getByRole('group', { name: 'On the projector' }).getByRole('button', { name: 'Twelve paychecks' }).click();
    await poll(async () => (await boardOf(comp!)).view).toBe('paycheck');
    await d.getByLabel('New takeaway').fill('No campaign launches in the last two weeks of a quarter');
    await d.getByRole('button', { name: 'Add', exact: true }).click();
    await poll(async () => (await boardOf(comp!)).takeaways).toEqual(['No campaign launches in the last two weeks of a quarter']);
    // Back to the second poll for the reveal: the split by team.
    await d.getByLabel('Open poll').selectOption('workshop-invite');
    await poll(async () => (await boardOf(comp!)).view).toBe('poll');
    await reveal(comp!, 'Decline: I need to close');

    // ---- 6. What makes a quality lead? Dana drags a signal by touch; the facilitator drafts the definition. ----
    await next(lead!);
    await poll(() => p.locator('[data-card-id="sig1"]').isVisible()).toBe(true);
    await touchDragToZone(phone.context, p, p.locator('[data-card-id="sig1"] .cgv-card-text'), 'quality');
    await poll(() => zoneOf(p, 'sig1')).toBe('quality');
    await savedOn(p);
    await p.getByRole('button', { name: 'Place Budget is known' }).tap();
    await p.getByRole('list', { name: 'Where Budget is known goes' }).getByRole('button', { name: 'Quality lead' }).tap();
    await poll(() => zoneOf(p, 'sig10')).toBe('quality');
    await savedOn(p);
    for (const name of SALES.slice(1)) await submit(lead!, name, 'sig1', { column: 'quality' });
    for (const name of MARKETING) await submit(lead!, name, 'sig1', { column: 'not' });
    for (const name of [...SALES.slice(1), ...MARKETING]) await submit(lead!, name, 'sig10', { column: 'quality' });
    for (const name of [...SALES, ...MARKETING]) await submit(lead!, name, 'sig18', { column: 'not' });
    await d.getByRole('button', { name: 'Draft it from the results' }).click();
    const definition = d.getByLabel('Our shared definition of a quality lead');
    await poll(() => definition.inputValue()).toMatch(/Budget is known[\s\S]*personal email[\s\S]*Still to agree[\s\S]*Requested a demo/);
    await definition.press('End');
    await definition.pressSequentially('\nReviewed by both teams every quarter.');
    await d.getByRole('heading', { name: 'Your notes' }).click();
    await poll(async () => String((await boardOf(lead!)).definition)).toContain('Reviewed by both teams every quarter.');
    // The projector shows the draft instead of the split, for the room to edit together.
    // (A click, not check(): the radio follows the stored board, so it turns on once the server has it.)
    await d.getByLabel('The draft definition').click();
    await poll(async () => (await boardOf(lead!)).onScreen).toBe('outcome');
    await poll(() => d.getByLabel('The draft definition').isChecked()).toBe(true);
    await reveal(lead!, /Reviewed by both teams every quarter/);

    // ---- 7. Lunch. ----
    await next(lunch!, 'button');
    await poll(() => pr.getByText('Lunch: sit with someone from the other team').isVisible()).toBe(true);

    // ---- 8. The buying process: friction markers; the facilitator picks what to fix first. ----
    await next(map!);
    const stallOnDeciding = p.getByRole('group', { name: 'Markers on Deciding' }).getByRole('button', { name: 'Deals stall here' });
    await poll(() => stallOnDeciding.isVisible()).toBe(true);
    await tapAndSave(p, stallOnDeciding);
    await poll(() => stallOnDeciding.getAttribute('aria-pressed')).toBe('true');
    // The other way: drag a marker from the tray onto a stage.
    await touchDrag(
      phone.context,
      p,
      await centreOf(p.getByRole('button', { name: 'Drag “We lose them here” onto a stage' })),
      await centreOf(p.locator('[data-zone-id="evaluate"] .cgb-stage-goal')),
    );
    await poll(() =>
      p.getByRole('group', { name: 'Markers on Evaluating' }).getByRole('button', { name: 'We lose them here' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await savedOn(p);
    await poll(() => p.locator('.cgv-progress strong').innerText()).toBe('4');
    await p.evaluate(() => window.scrollTo(0, 0));
    await expectNoSeriousA11yViolations(p, 'buying map on a touch screen');
    await shot(p, 'day-buyingmap-phone-390');
    for (const name of SALES.slice(1)) for (const key of ['mid.decide.stall', 'mid.evaluate.lose']) await submit(map!, name, key, { placed: true });
    for (const name of MARKETING) for (const key of ['mid.decide.stall', 'mid.research.nocontent']) await submit(map!, name, key, { placed: true });
    await d
      .locator('li.cgb-board-point', { hasText: 'Deciding (Mid-market): Deals stall here' })
      .getByRole('button', { name: /^Fix first/ })
      .click();
    const focusNote = d.getByLabel('Note on Deciding (Mid-market): Deals stall here');
    await poll(() => focusNote.isVisible()).toBe(true);
    await focusNote.fill('Security pack ready before the proposal goes out');
    await focusNote.press('Enter');
    await poll(async () => (await boardOf(map!)).focus).toEqual([{ key: 'mid.decide.stall', note: 'Security pack ready before the proposal goes out' }]);
    await reveal(map!, 'Deciding');

    // ---- 9. Shared KPIs: Dana uses the Place menu; the facilitator settles owner, person and target. ----
    await next(kpi!);
    await poll(() => p.locator('[data-card-id="kpi3"]').isVisible()).toBe(true);
    await p.getByRole('button', { name: 'Place MQL → SQL conversion' }).tap();
    await p.getByRole('list', { name: 'Where MQL → SQL conversion goes' }).getByRole('button', { name: 'Marketing owns' }).tap();
    await poll(() => zoneOf(p, 'kpi3')).toBe('marketing');
    await savedOn(p);
    for (const name of SALES.slice(1)) await submit(kpi!, name, 'kpi3', { column: 'marketing' });
    for (const name of MARKETING) await submit(kpi!, name, 'kpi3', { column: 'shared' });
    for (const name of [...SALES.slice(1), ...MARKETING]) await submit(kpi!, name, 'kpi6', { column: 'sales' });
    await poll(() => d.getByLabel('Owner of MQL → SQL conversion').isVisible()).toBe(true);
    await d.getByLabel('Owner of MQL → SQL conversion').selectOption('shared');
    await poll(async () => ((await boardOf(kpi!)).rows as { owner: string }[] | undefined)?.[0]?.owner).toBe('shared');
    // Each cell is saved and waited for: two cells committed within one round trip lose the first (the same race as above).
    await d.getByLabel('Who reports on MQL → SQL conversion').fill('Ravi');
    await d.getByLabel('Who reports on MQL → SQL conversion').press('Enter');
    await poll(async () => ((await boardOf(kpi!)).rows as { person: string }[])[0]?.person).toBe('Ravi');
    await d.getByLabel('Target for MQL → SQL conversion').fill('25');
    await d.getByLabel('Target for MQL → SQL conversion').press('Enter');
    await poll(async () => (await boardOf(kpi!)).rows).toEqual(
      expect.arrayContaining([{ kpiId: 'kpi3', owner: 'shared', person: 'Ravi', target: '25', unit: '%' }]),
    );
    await d.getByLabel('The KPI table').click();
    await poll(async () => (await boardOf(kpi!)).onScreen).toBe('outcome');
    await reveal(kpi!, 'MQL → SQL conversion');

    // ---- 10. Afternoon break. ----
    await next(afternoon!, 'button');

    // ---- 11. Trust retrospective: cards, themes made in the console, then dots. ----
    await next(retro!);
    await poll(() => p.getByLabel('Write a card').isVisible()).toBe(true);
    await p.getByRole('radio', { name: 'What broke trust between us?' }).check();
    await p.getByLabel('Write a card').fill('Demo requests that waited a week for a call');
    await tapAndSave(p, p.getByRole('button', { name: 'Add card' }));
    const retroCards: [string, string, string][] = [
      ['Marcus', 'broke', 'Leads passed over with no context'],
      ['Priya', 'builds', 'Marketing joined our pipeline review'],
      ['Tomás', 'step', 'A shared channel for hot leads'],
      ['Hannah', 'broke', 'Our leads marked junk without a reason'],
      ['Leo', 'broke', 'Nobody told us which deals we helped win'],
      ['Aisha', 'builds', 'Sales shared call recordings'],
      ['Ravi', 'step', 'A monthly win-loss review together'],
    ];
    for (const [name, prompt, text] of retroCards)
      await submit(
        retro!,
        name,
        `card-${name
          .normalize('NFD')
          .replace(/[^a-z]/gi, '')
          .toLowerCase()}2`,
        { text, prompt },
      );
    await expect(submit(retro!, 'Marcus', 'vote-anything', { dots: 1 })).rejects.toThrow(/not open/);
    // Group into two themes with the board's "Move to" menus, and name them.
    const clusters = async () =>
      ((await boardOf(retro!)).clusters as { id: string; name: string; cardKeys: string[] }[]).map((c) => ({ name: c.name, n: c.cardKeys.length }));
    const grouped = async () => (await clusters()).reduce((sum, c) => sum + c.n, 0);
    /** Move a card with its "Move to" menu, and wait until the board has it (one change at a time, as above). */
    const moveTo = async (text: string, where: string) => {
      const before = await grouped();
      await d.getByLabel(`Move “${text}” to`).selectOption({ label: where });
      await poll(grouped).toBe(before + 1);
    };
    const groupNames = d.getByLabel('Group name');
    await poll(() => d.getByLabel('Move “Demo requests that waited a week for a call” to').isVisible()).toBe(true);
    await moveTo('Demo requests that waited a week for a call', 'A new group');
    await poll(() => groupNames.count()).toBe(1);
    await groupNames.nth(0).fill('Leads nobody follows up');
    await groupNames.nth(0).press('Enter');
    await poll(async () => ((await boardOf(retro!)).clusters as { name: string }[]).map((c) => c.name)).toEqual(['Leads nobody follows up']);
    await moveTo('Leads passed over with no context', 'Leads nobody follows up');
    await moveTo('Our leads marked junk without a reason', 'Leads nobody follows up');
    await moveTo('Nobody told us which deals we helped win', 'A new group');
    await poll(() => groupNames.count()).toBe(2);
    await groupNames.nth(1).fill('Credit for wins');
    await groupNames.nth(1).press('Enter');
    await moveTo('A monthly win-loss review together', 'Credit for wins');
    await poll(clusters).toEqual([
      { name: 'Leads nobody follows up', n: 3 },
      { name: 'Credit for wins', n: 2 },
    ]);
    await d.getByRole('button', { name: 'Open the vote on these themes' }).click();
    await poll(() => d.getByText('The vote is open', { exact: true }).isVisible()).toBe(true);
    const themeId = async (name: string) => ((await boardOf(retro!)).clusters as { id: string; name: string }[]).find((c) => c.name === name)!.id;
    const leadsTheme = await themeId('Leads nobody follows up');
    const creditTheme = await themeId('Credit for wins');
    // Dana's screen turns into the vote.
    await poll(() => p.getByRole('button', { name: 'Put a dot on Leads nobody follows up' }).isVisible()).toBe(true);
    await tapAndSave(p, p.getByRole('button', { name: 'Put a dot on Leads nobody follows up' }));
    await tapAndSave(p, p.getByRole('button', { name: 'Put a dot on Leads nobody follows up' }));
    await tapAndSave(p, p.getByRole('button', { name: 'Put a dot on Credit for wins' }));
    await poll(() => p.locator('.cgv-progress strong').innerText()).toBe('0');
    await expectNoSeriousA11yViolations(p, 'retro vote on a touch screen');
    await shot(p, 'day-retro-phone-390');
    for (const name of SALES.slice(1)) await submit(retro!, name, `vote-${leadsTheme}`, { dots: 3 });
    for (const name of MARKETING) {
      await submit(retro!, name, `vote-${leadsTheme}`, { dots: 1 });
      await submit(retro!, name, `vote-${creditTheme}`, { dots: 2 });
    }
    await reveal(retro!, 'Leads nobody follows up');

    // ---- 12. Commitments: Dana is in for shadowing and writes her pledge; the facilitator pairs people and adds actions. ----
    await next(commit!);
    await poll(() => p.getByRole('button', { name: 'I’m in' }).isVisible()).toBe(true);
    await tapAndSave(p, p.getByRole('button', { name: 'I’m in' }));
    await p.getByLabel('One thing I will do in the next 30 days to work better with the other team').fill('Call every demo request within one working day');
    await tapAndSave(p, p.getByRole('button', { name: 'Save', exact: true }));
    await poll(() => p.getByText('Your commitment is in.', { exact: false }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(p, 'commitments on a touch screen');
    await shot(p, 'day-commitments-phone-390');
    for (const [name, isIn] of [
      ['Marcus', true],
      ['Priya', false],
      ['Tomás', true],
      ['Hannah', true],
      ['Leo', true],
      ['Aisha', false],
      ['Ravi', true],
    ] as const) {
      await submit(commit!, name, 'shadow', { in: isIn });
    }
    await submit(commit!, 'Hannah', 'pledge', { text: 'Send Sales a weekly list of hot accounts' });
    await poll(() => d.getByText('6 people in, 2 not this time').isVisible()).toBe(true);
    await d.getByRole('button', { name: 'Suggest pairs' }).click();
    // Those who said they are in, in roster order: Dana with Hannah, Marcus with Leo, Tomás with Ravi; Priya and Aisha said “not this time”.
    await poll(async () =>
      ((await boardOf(commit!)).pairs as { sales: { name: string }; marketing: { name: string } }[]).map((x) => `${x.sales.name}+${x.marketing.name}`),
    ).toEqual(['Dana+Hannah', 'Marcus+Leo', 'Tomás+Ravi']);
    await d.locator('li.cgk-board-pledge', { hasText: 'Call every demo request' }).getByRole('button', { name: 'Make it an action item' }).click();
    await poll(() => d.locator('li.cgk-board-pledge', { hasText: 'Call every demo request' }).getByRole('button', { name: '✓ Action item' }).isVisible()).toBe(
      true,
    );
    await d.getByLabel('New action').fill('Share the lead definition with both teams');
    await d.getByLabel('Owner', { exact: true }).fill('Hannah');
    await d.getByLabel('Due', { exact: true }).fill('2026-12-18');
    await d.getByRole('button', { name: 'Add action' }).click();
    await poll(async () => (await op<Detail>(serve, 'workshop:get', { id: workshopId })).actionItems.map((a) => `${a.text} / ${a.owner}`)).toEqual([
      'Call every demo request within one working day / Dana',
      'Share the lead definition with both teams / Hannah',
    ]);
    await d.getByRole('button', { name: /^Next Tuesday after this week/ }).click();
    await poll(async () => ((await boardOf(commit!)).meeting as { firstDate: string | null } | null)?.firstDate ?? null).toMatch(/^\d{4}-\d\d-\d\d$/);
    await reveal(commit!, 'Dana');

    // ---- 13. Wrap-up, then the end: the projector thanks the room, the touch screen says so too. ----
    await next(wrapUp!);
    await poll(() => pr.getByText('The report goes to leadership this week').isVisible()).toBe(true);
    await shot(pr, 'day-wrapup-presenter-1920');
    await d.getByRole('button', { name: 'End workshop' }).click();
    await d.getByRole('alertdialog', { name: 'End the workshop?' }).getByRole('button', { name: 'End workshop' }).click();
    await poll(() => pr.getByRole('heading', { level: 1, name: 'Thank you' }).isVisible()).toBe(true);
    await poll(() => p.getByRole('heading', { level: 1, name: 'Thanks for taking part' }).isVisible()).toBe(true);
    await poll(() => d.getByText('This workshop has ended').isVisible()).toBe(true);
    expect((await op<Run>(serve, 'run:get', { workshopId })).status).toBe('ended');
    await expectNoSeriousA11yViolations(pr, 'presenter: ended');
    await shot(pr, 'day-ended-presenter-1920');

    // ---- The report, from the console's Export link, without the appendix (so every outcome below comes from its section). ----
    await d.getByRole('link', { name: 'Export' }).click();
    await poll(() => d.url()).toContain(`#/export/${workshopId}`);
    await d.getByLabel('Appendix with every answer').uncheck();
    const [download] = await Promise.all([d.waitForEvent('download'), d.getByRole('button', { name: 'Make and download the report' }).click()]);
    const pdfPath = join(tempDir(), 'alignment-day.pdf');
    await download.saveAs(pdfPath);
    mkdirSync(SHOTS_DIR, { recursive: true });
    copyFileSync(pdfPath, join(SHOTS_DIR, 'alignment-day-report.pdf')); // to look at with pdftoppm, next to the screenshots
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).not.toContain('Interim report');
    expect(text).not.toContain('Appendix: every answer');
    for (const outcome of [
      // Icebreaker: the cards.
      'How many calls it takes to book one demo',
      'How long a webinar takes to build',
      // Persona: the agreed notes and where the teams' favourites differ.
      '✓ Leads that are ready to talk',
      '✓ Hit the number every quarter',
      'Both teams agreed on 2 notes describing our sales team.',
      'What keeps them up at night: Sales picked “Missing the quarter by one deal”, Marketing picked “Losing a deal to a cheaper rival”',
      // Comp: the polls and the takeaway.
      'Last day of the quarter. You are at 95 %.',
      'Give the discount and sign today',
      'Decline: I need to close',
      'No campaign launches in the last two weeks of a quarter',
      // Lead sort: the draft definition and the biggest gap.
      'Our shared definition of a quality lead (draft)',
      'Reviewed by both teams every quarter.',
      '“Requested a demo”: Sales says Quality lead 100 %, Marketing says Not a signal 100 %.',
      // Buying map: the worst friction and what to fix first.
      'Worst friction: deals stall here, at Deciding (Mid-market), marked by 8 people.',
      'Fix first: Deciding (Mid-market), deals stall here',
      'Security pack ready before the proposal goes out',
      // Retro: where the room starts.
      'Trust: the room chose to start with “Leads nobody follows up” (15 dots).',
      // Commitments: the pairs and the action items.
      'Job shadowing: Dana (Sales) and Hannah (Marketing)',
      'Job shadowing: Tomás (Sales) and Ravi (Marketing)',
    ]) {
      expect(text).toContain(outcome);
    }
    // KPI table: the settled row.
    expect(text).toMatch(/MQL → SQL conversion Shared Ravi 25 %/);
    // The action items, with their owners (a long cell wraps, so the owner and date may sit between its words).
    expect(text).toMatch(new RegExp(inCell('Call every demo request within one working day')));
    expect(text).toMatch(/Call every demo request within one working[^.]{0,40}\bDana\b/);
    expect(text).toMatch(/Share the lead definition with both teams Hannah Fri, Dec 18, 2026 Action items/);

    for (const page of [desk, projector, phone]) expect(page.errors).toEqual([]);
  });
});
