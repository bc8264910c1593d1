import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { mouseDrag, openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { centreOf, op, touchDrag } from './run-e2e-helpers';

// The 90-minute kickoff template, run in browser mode: a workshop made from the
// template in the UI, a Sales person sorting lead signals by touch on a phone
// view, a Marketing person by mouse, the facilitator drafting the definition
// and settling KPI owners in the console, and each exercise's outcome read back.

const poll = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
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
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('creates the kickoff from its template, runs the lead sort and KPI sort by drag and drop, and keeps each outcome', async () => {
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
      people: [...['Dana', 'Marcus', 'Priya'].map((name) => ({ name, team: 'sales' })), ...['Hannah', 'Leo', 'Aisha'].map((name) => ({ name, team: 'marketing' }))],
    });
    const detail = await op<Detail>(session.serve, 'workshop:get', { id: workshopId });
    const lead = detail.activities.find((a) => a.kind === 'leadsort')!;
    const kpi = detail.activities.find((a) => a.kind === 'kpisort')!;
    await op(session.serve, 'run:start', { workshopId });
    await op(session.serve, 'run:goto', { workshopId, activityId: lead.id });

    // Dana (Sales) on a touch phone view: drags "Requested a demo" to Quality lead, places another in Depends with a note.
    const phone = await session.page(SCREEN.phone, { hasTouch: true, isMobile: true });
    const p = phone.page;
    await p.goto(`${origin}/#/participate/${workshopId}`);
    await p.getByRole('button', { name: 'Dana' }).tap();
    await poll(() => p.locator('[data-card-id="sig1"]').isVisible()).toBe(true);
    await touchDrag(phone.context, p, await centreOf(p.locator('[data-card-id="sig1"] .cgv-card-text')), await centreOf(p.locator('[data-zone-id="quality"]')));
    await poll(() => zoneOf(p, 'sig1')).toBe('quality');
    await p.getByRole('button', { name: 'Place Attended a webinar' }).tap();
    await p.getByRole('list', { name: 'Where Attended a webinar goes' }).getByRole('button', { name: 'Depends' }).tap();
    await p.getByLabel('Depends on what? (optional)').fill('whether they stayed to the end');
    await p.getByRole('button', { name: 'Save note' }).tap();
    await poll(() => p.getByText('Depends on: whether they stayed to the end').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(p, 'lead sort on a phone');
    await shot(p, 'templates-leadsort-phone-390');

    // Hannah (Marketing) with a mouse on the shared screen: "Requested a demo" is Not a signal for her.
    const shared = await session.page({ width: 1280, height: 900 });
    const s = shared.page;
    await s.goto(`${origin}/#/participate/${workshopId}`);
    await s.getByRole('button', { name: 'Hannah' }).click();
    await poll(() => s.locator('[data-card-id="sig1"]').isVisible()).toBe(true);
    await mouseDrag(s, await centreOf(s.locator('[data-card-id="sig1"] .cgv-card-text')), await centreOf(s.locator('[data-zone-id="not"]')));
    await poll(() => zoneOf(s, 'sig1')).toBe('not');

    // Everyone else answers through the API so both teams pass the threshold of 3.
    const id = (name: string) => people.find((x) => x.name === name)!.id;
    for (const name of ['Marcus', 'Priya']) await op(session.serve, 'response:submit', { activityId: lead.id, participantId: id(name), itemKey: 'sig1', value: { column: 'quality' } });
    for (const name of ['Leo', 'Aisha']) await op(session.serve, 'response:submit', { activityId: lead.id, participantId: id(name), itemKey: 'sig1', value: { column: 'not' } });

    // The console: draft the definition from the results; it is stored as the outcome.
    await d.goto(`${origin}/#/run/${workshopId}`);
    await d.getByRole('button', { name: 'Draft it from the results' }).click();
    await poll(() => d.getByLabel('Our shared definition of a quality lead').inputValue()).toContain('Requested a demo');
    await d.getByLabel('Our shared definition of a quality lead').press('End');
    await d.getByLabel('Our shared definition of a quality lead').pressSequentially('\nReviewed together every quarter.');
    await d.getByRole('heading', { name: 'Your notes' }).click();
    const boardOf = async (activityId: string) => (await op<Run>(session.serve, 'run:get', { workshopId })).activities.find((a) => a.activityId === activityId)!.board as Record<string, unknown>;
    await poll(async () => String((await boardOf(lead.id)).definition)).toContain('Reviewed together every quarter.');
    // "Requested a demo" split the teams (Sales 3× quality, Marketing 3× not): it is still to agree, and top of the gaps.
    expect(String((await boardOf(lead.id)).definition)).toMatch(/Still to agree[\s\S]*Requested a demo/);
    await op(session.serve, 'run:set', { activityId: lead.id, revealed: true });
    const projector = await session.page(SCREEN.desktop);
    await projector.page.goto(`${origin}/#/present/${workshopId}`);
    await poll(() => projector.page.getByText('Where we disagree most').isVisible()).toBe(true);
    await poll(() => projector.page.getByText('Requested a demo').first().isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(projector.page, 'lead sort results on the projector');
    await shot(projector.page, 'templates-leadsort-projector-1920');

    // KPI sort: Dana puts "MQL → SQL conversion" in Shared with the Place menu (no drag needed); the facilitator settles the owner in the board.
    await op(session.serve, 'run:goto', { workshopId, activityId: kpi.id });
    await poll(() => p.locator('[data-card-id="kpi3"]').isVisible()).toBe(true);
    await p.getByRole('button', { name: 'Place MQL → SQL conversion' }).tap();
    await p.getByRole('list', { name: 'Where MQL → SQL conversion goes' }).getByRole('button', { name: 'Shared' }).tap();
    await poll(() => zoneOf(p, 'kpi3')).toBe('shared');
    await poll(() => d.getByLabel('Owner of MQL → SQL conversion').isVisible()).toBe(true);
    await d.getByLabel('Owner of MQL → SQL conversion').selectOption('shared');
    await d.getByLabel('Who reports on MQL → SQL conversion').fill('Ravi Menon');
    await d.getByLabel('Target for MQL → SQL conversion').fill('25');
    await d.getByLabel('Target for MQL → SQL conversion').press('Enter');
    await poll(async () => (await boardOf(kpi.id)).rows).toEqual(expect.arrayContaining([{ kpiId: 'kpi3', owner: 'shared', person: 'Ravi Menon', target: '25', unit: '%' }]));
    await expectNoSeriousA11yViolations(d, 'console with the KPI board');
    await shot(d, 'templates-kpisort-console');
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
