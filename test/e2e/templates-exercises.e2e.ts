import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { mouseDrag, openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { centreOf, op, touchDragToZone } from './run-e2e-helpers';
import { newTrackedPage } from '../helpers/browser';

// The 90-minute kickoff template, run in browser mode: a workshop made from the
// template in the UI, a Sales person sorting lead signals by touch on a phone
// view, a Marketing person by mouse, the facilitator drafting the definition
// and settling KPI owners in the console, and each exercise's outcome read back.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const zoneOf = (page: Page, cardId: string) =>
  page.locator(`[data-card-id="${cardId}"]`).evaluate((el) => el.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id') ?? null);

interface Detail {
  participants: { id: string; name: string; team: string }[];
  activities: { id: string; kind: string; title: string; config: { cards?: { id: string }[] } }[];
}
interface Run {
  activities: { activityId: string; board: unknown }[];
}

describe('templates and alignment exercises in browser mode', () => {
  let session: Session;
  beforeAll(async () => {
    // Phones join on loopback (--lan-host 127.0.0.1): tests never reach a LAN address.
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs the 90-minute kickoff start to finish from the console: both teams answer by drag and drop (touch phone, touch and mouse on shared screens), every exercise keeps its outcome, and the report shows them', async () => {
    const origin = session.serve.origin;
    const desk = await session.page({ width: 1440, height: 900 });
    const d = desk.page;

    // New from template → the planner with the 90-minute agenda.
    await d.getByRole('button', { name: 'New from template' }).first().click();
    await poll(() => d.getByRole('button', { name: 'Use Alignment kickoff' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(d, 'templates dialog');
    await d.getByRole('button', { name: 'Use Alignment kickoff' }).click();
    await poll(() => d.evaluate(() => location.hash.startsWith('#/w/'))).toBe(true);
    const workshopId = await d.evaluate(() => location.hash.slice('#/w/'.length));
    await poll(() => d.getByText('1 h 30 min').first().isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(d, 'planner from template');

    // Save it back as a template of our own.
    await d.getByRole('button', { name: 'Save as template' }).click();
    await d.getByLabel('Template name').fill('Our kickoff');
    await d.getByRole('button', { name: 'Save template' }).click();
    await poll(async () => (await op<{ name: string }[]>(session.serve, 'template:list')).map((t) => t.name)).toContain('Our kickoff');

    const people = await op<{ id: string; name: string; team: string }[]>(session.serve, 'participant:addMany', {
      workshopId,
      people: [
        ...['Dana', 'Marcus', 'Priya'].map((name) => ({ name, team: 'sales' })),
        ...['Hannah', 'Leo', 'Aisha'].map((name) => ({ name, team: 'marketing' })),
      ],
    });
    const id = (name: string) => people.find((x) => x.name === name)!.id;
    const detail = await op<Detail>(session.serve, 'workshop:get', { id: workshopId });
    expect(detail.activities.map((a) => a.kind)).toEqual(['slide', 'brainstorm', 'leadsort', 'break', 'kpisort', 'commitments', 'slide']);
    const [, ice, lead, , kpi, commit] = detail.activities as [Detail['activities'][number], ...Detail['activities']];
    const submit = (activityId: string, name: string, itemKey: string, value: unknown) =>
      op(session.serve, 'response:submit', { activityId, participantId: id(name), itemKey, value });

    // Priya joins from her own phone over the room's network (loopback here), by the QR link.
    const room = await op<{ joinUrl: string }>(session.serve, 'room:open', { workshopId, host: '127.0.0.1' });
    const priyaPhone = await session.browser.newContext({ viewport: SCREEN.phone, hasTouch: true, isMobile: true });
    const pp = await newTrackedPage(priyaPhone);
    await pp.page.goto(room.joinUrl);
    await pp.page.getByRole('button', { name: 'Priya' }).tap();
    await poll(() => pp.page.getByRole('heading', { level: 1, name: 'You’re in, Priya' }).isVisible()).toBe(true);

    // The facilitator starts from the console; the projector follows every step.
    await d.goto(`${origin}/#/run/${workshopId}`);
    await d.getByRole('button', { name: 'Start the workshop' }).click();
    const stage = d.locator('#stage-title');
    await poll(() => stage.innerText()).toBe(detail.activities[0]!.title);
    const projector = await session.page(SCREEN.desktop);
    const pr = projector.page;
    await pr.goto(`${origin}/#/present/${workshopId}`);
    const next = async (title: string) => {
      await d.getByRole('button', { name: 'Next activity' }).click();
      await poll(() => stage.innerText()).toBe(title);
      await poll(() => pr.getByRole('heading', { level: 1 }).first().innerText()).toBe(title);
    };

    // Icebreaker: Priya writes on her phone, the others through the API.
    await next(ice!.title);
    await poll(() => pp.page.getByLabel('Write a card').isVisible()).toBe(true);
    await pp.page.getByLabel('Write a card').fill('How many no-shows a demo day has');
    await pp.page.getByRole('button', { name: 'Add card' }).tap();
    await poll(() => pp.page.locator('.cgv-saved').textContent()).toContain('Saved');
    await submit(ice!.id, 'Hannah', 'card-hannah01', { text: 'How long a webinar takes to build' });

    // Lead sort. Dana (Sales) on a touch screen: drags "Requested a demo" to Quality lead, places another in Depends with a note.
    await next(lead!.title);
    const phone = await session.page(SCREEN.phone, { hasTouch: true, isMobile: true });
    const p = phone.page;
    await p.goto(`${origin}/#/participate/${workshopId}`);
    await p.getByRole('button', { name: 'Dana' }).tap();
    await poll(() => p.locator('[data-card-id="sig1"]').isVisible()).toBe(true);
    expect(await p.locator('[data-card-id="sig1"] .cgv-card-hint').innerText()).toMatch(/demo form/);
    await touchDragToZone(phone.context, p, p.locator('[data-card-id="sig1"] .cgv-card-text'), 'quality');
    await poll(() => zoneOf(p, 'sig1')).toBe('quality');
    await p.getByRole('button', { name: 'Place Attended a webinar' }).tap();
    await p.getByRole('list', { name: 'Where Attended a webinar goes' }).getByRole('button', { name: 'Depends' }).tap();
    await p.getByLabel('Depends on what? (optional)').fill('whether they stayed to the end');
    await p.getByRole('button', { name: 'Save note' }).tap();
    await poll(() => p.getByText('Depends on: whether they stayed to the end').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(p, 'lead sort on a phone');
    await p.evaluate(() => window.scrollTo(0, 0));
    await shot(p, 'templates-leadsort-phone-390');

    // Priya on her own phone: the same card, by touch.
    await poll(() => pp.page.locator('[data-card-id="sig1"]').isVisible()).toBe(true);
    await touchDragToZone(priyaPhone, pp.page, pp.page.locator('[data-card-id="sig1"] .cgv-card-text'), 'quality');
    await poll(() => zoneOf(pp.page, 'sig1')).toBe('quality');
    await poll(() => pp.page.locator('.cgv-saved').textContent()).toContain('Saved');

    // Hannah (Marketing) with a mouse on the shared screen: "Requested a demo" is Not a signal for her.
    const shared = await session.page({ width: 1280, height: 900 });
    const s = shared.page;
    await s.goto(`${origin}/#/participate/${workshopId}`);
    await s.getByRole('button', { name: 'Hannah' }).click();
    await poll(() => s.locator('[data-card-id="sig1"]').isVisible()).toBe(true);
    await mouseDrag(s, await centreOf(s.locator('[data-card-id="sig1"] .cgv-card-text')), await centreOf(s.locator('[data-zone-id="not"]')));
    await poll(() => zoneOf(s, 'sig1')).toBe('not');

    // The rest answer through the API so both teams pass the threshold of 3.
    await submit(lead!.id, 'Marcus', 'sig1', { column: 'quality' });
    for (const name of ['Leo', 'Aisha']) await submit(lead!.id, name, 'sig1', { column: 'not' });
    for (const name of ['Dana', 'Marcus', 'Priya', 'Hannah', 'Leo', 'Aisha']) await submit(lead!.id, name, 'sig10', { column: 'quality' });

    // The console: draft the definition from the results; it is stored as the outcome.
    await d.getByRole('button', { name: 'Draft it from the results' }).click();
    await poll(() => d.getByLabel('Our shared definition of a quality lead').inputValue()).toContain('Budget is known');
    await d.getByLabel('Our shared definition of a quality lead').press('End');
    await d.getByLabel('Our shared definition of a quality lead').pressSequentially('\nReviewed together every quarter.');
    await d.getByRole('heading', { name: 'Your notes' }).click();
    const boardOf = async (activityId: string) =>
      (await op<Run>(session.serve, 'run:get', { workshopId })).activities.find((a) => a.activityId === activityId)!.board as Record<string, unknown>;
    await poll(async () => String((await boardOf(lead!.id)).definition)).toContain('Reviewed together every quarter.');
    // "Requested a demo" split the teams (Sales 3× quality, Marketing 3× not): it is still to agree. "Budget is known" is agreed.
    expect(String((await boardOf(lead!.id)).definition)).toMatch(/Budget is known[\s\S]*Still to agree[\s\S]*Requested a demo/);
    await d
      .getByRole('button', { name: /^Reveal/ })
      .first()
      .click();
    await poll(() => pr.getByText('Where we disagree most').isVisible()).toBe(true);
    await poll(() => pr.getByText('Requested a demo').first().isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(pr, 'lead sort results on the projector');
    await shot(pr, 'templates-leadsort-projector-1920');

    // Coffee break, then the KPI sort: Dana puts "MQL → SQL conversion" in Shared with the Place menu; the facilitator settles the owner.
    await next(detail.activities[3]!.title);
    await next(kpi!.title);
    await poll(() => p.locator('[data-card-id="kpi3"]').isVisible()).toBe(true);
    await p.getByRole('button', { name: 'Place MQL → SQL conversion' }).tap();
    await p.getByRole('list', { name: 'Where MQL → SQL conversion goes' }).getByRole('button', { name: 'Shared' }).tap();
    await poll(() => zoneOf(p, 'kpi3')).toBe('shared');
    await poll(() => d.getByLabel('Owner of MQL → SQL conversion').isVisible()).toBe(true);
    await d.getByLabel('Owner of MQL → SQL conversion').selectOption('shared');
    await d.getByLabel('Who reports on MQL → SQL conversion').fill('Ravi Menon');
    await d.getByLabel('Target for MQL → SQL conversion').fill('25');
    await d.getByLabel('Target for MQL → SQL conversion').press('Enter');
    await poll(async () => (await boardOf(kpi!.id)).rows).toEqual(
      expect.arrayContaining([{ kpiId: 'kpi3', owner: 'shared', person: 'Ravi Menon', target: '25', unit: '%' }]),
    );
    await expectNoSeriousA11yViolations(d, 'console with the KPI board');
    await shot(d, 'templates-kpisort-console');

    // Commitments: Dana (shared touch screen) and Priya (phone) are in for shadowing, Hannah and Leo too; Dana writes a commitment.
    await next(commit!.title);
    await poll(() => p.getByRole('button', { name: 'I’m in' }).isVisible()).toBe(true);
    await p.getByRole('button', { name: 'I’m in' }).tap();
    await p.locator('.cgk-question textarea').fill('Call every demo request within one working day');
    await p.getByRole('button', { name: 'Save', exact: true }).tap();
    await poll(() => p.getByText('Your commitment is in.', { exact: false }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(p, 'commitments on a phone');
    await poll(() => pp.page.getByRole('button', { name: 'I’m in' }).isVisible()).toBe(true);
    await pp.page.getByRole('button', { name: 'I’m in' }).tap();
    await poll(() => pp.page.getByRole('button', { name: '✓ I’m in' }).isVisible()).toBe(true);
    for (const name of ['Hannah', 'Leo']) await submit(commit!.id, name, 'shadow', { in: true });
    await poll(() => d.getByText('4 people in', { exact: false }).isVisible()).toBe(true);
    await d.getByRole('button', { name: 'Suggest pairs' }).click();
    // Only those who said they are in are paired: Marcus and Aisha did not answer.
    await poll(async () => ((await boardOf(commit!.id)).pairs as unknown[]).length).toBe(2);
    const pairs = (await boardOf(commit!.id)).pairs as { sales: { name: string }; marketing: { name: string } }[];
    expect(new Set(pairs.flatMap((x) => [x.sales.name, x.marketing.name]))).toEqual(new Set(['Dana', 'Priya', 'Hannah', 'Leo']));
    await d.getByRole('button', { name: 'Make it an action item' }).click();
    await d.getByLabel('New action').fill('Share the lead definition with both teams');
    await d.getByLabel('Owner', { exact: true }).fill('Hannah');
    await d.getByLabel('Due', { exact: true }).fill('2026-12-18');
    await d.getByRole('button', { name: 'Add action' }).click();
    await poll(async () =>
      (await op<{ actionItems: { text: string; owner: string }[] }>(session.serve, 'workshop:get', { id: workshopId })).actionItems.map(
        (a) => `${a.text} / ${a.owner}`,
      ),
    ).toEqual(['Call every demo request within one working day / Dana', 'Share the lead definition with both teams / Hannah']);
    // The joint meeting gets its first date with one click; it goes into the calendar as a repeating event.
    await d.getByRole('button', { name: 'Next Tuesday after this week' }).click();
    await poll(async () => ((await boardOf(commit!.id)).meeting as { firstDate: string | null } | null)?.firstDate ?? null).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A commitment made an action item is due in about a month, on a working day.
    const promoted = (await op<{ actionItems: { owner: string; dueDate: string }[] }>(session.serve, 'workshop:get', { id: workshopId })).actionItems.find(
      (a) => a.owner === 'Dana',
    )!;
    expect([1, 2, 3, 4, 5]).toContain(new Date(`${promoted.dueDate}T12:00:00Z`).getUTCDay());
    await expectNoSeriousA11yViolations(d, 'console with the commitments board');
    await shot(d, 'templates-commitments-console');

    // Wrap-up, then the end: the projector thanks the room.
    await next(detail.activities[6]!.title);
    await d.getByRole('button', { name: 'End workshop' }).click();
    await d.getByRole('alertdialog').getByRole('button', { name: 'End workshop' }).click();
    await poll(() => pr.getByText('Thank you').isVisible()).toBe(true);
    expect((await op<{ status: string }>(session.serve, 'run:get', { workshopId })).status).toBe('ended');

    // The report: every exercise's outcome, read back from the real PDF.
    const file = await op<{ exportId: string; partial: boolean }>(session.serve, 'export:prepare', { workshopId, format: 'pdf' });
    expect(file.partial).toBe(false);
    const res = await fetch(`${origin}/api/export/${file.exportId}`, { headers: { authorization: `Bearer ${session.serve.token}` } });
    expect(res.status).toBe(200);
    const pdfPath = join(tempDir(), 'kickoff.pdf');
    writeFileSync(pdfPath, Buffer.from(await res.arrayBuffer()));
    // Reading order (no -layout), so a table cell that wraps reads as one phrase.
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const outcome of [
      'How many no-shows a demo day has', // icebreaker card
      'Reviewed together every quarter.', // the lead-quality definition
      'whether they stayed to the end', // a "depends on what?" answer
      'MQL → SQL conversion', // KPI table
      'Ravi Menon',
      'Call every demo request within one working day', // commitments
      'Share the lead definition with both teams',
    ]) {
      expect(text).toContain(outcome);
    }
    expect(text).toMatch(/Dana[^.]{0,40}(Hannah|Leo)|(Hannah|Leo)[^.]{0,40}Dana/); // a shadowing pair

    // The calendar: the joint meeting every two weeks, and each dated action item.
    const ics = await op<{ exportId: string }>(session.serve, 'export:prepare', { workshopId, format: 'ics' });
    const cal = await (await fetch(`${origin}/api/export/${ics.exportId}`, { headers: { authorization: `Bearer ${session.serve.token}` } })).text();
    expect(cal).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2');
    expect(cal).toMatch(/DTSTART:\d{8}T093000/);
    expect(cal).toContain('SUMMARY:Share the lead definition with both teams (Hannah)');
    expect(cal).toContain('DTSTART;VALUE=DATE:20261218');

    for (const page of [desk, phone, shared, projector, pp]) expect(page.errors).toEqual([]);
    await priyaPhone.close();
  });

  it('exports a template to a file and refuses a broken one without changing anything', async () => {
    const file = await op<{ fileName: string; json: string }>(session.serve, 'template:export', { id: 'builtin-kickoff' });
    const before = (await op<unknown[]>(session.serve, 'template:list')).length;
    await expect(op(session.serve, 'template:import', { json: file.json.slice(0, 200) })).rejects.toThrow(/not valid JSON/);
    await expect(op(session.serve, 'template:import', { json: file.json.replace('"version": 1', '"version": 9') })).rejects.toThrow(/newer version/);
    expect((await op<unknown[]>(session.serve, 'template:list')).length).toBe(before);
    await op(session.serve, 'template:import', { json: file.json });
    expect((await op<unknown[]>(session.serve, 'template:list')).length).toBe(before + 1);
  });
});
