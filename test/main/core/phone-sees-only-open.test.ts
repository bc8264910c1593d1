import { afterEach, describe, expect, it } from 'vitest';
import { boardKey } from '../../../src/activities/brainstorm/logic';
import { defaultCompConfig } from '../../../src/activities/comp/definition';
import type { Core } from '../../../src/main/core';
import { call } from '../../helpers/core';
import { alignmentRoom, phoneOf, wire } from './alignment-room';

// Phones see only what the room sees: nothing of a poll, a ballot or a vote
// before the facilitator opens it, and never the facilitator's own board
// (groups, drafts, owners) or another person's answers. Each check reads
// the state exactly as the server pushes it to a phone.

let open: Core[] = [];
afterEach(() => {
  for (const core of open) core.close();
  open = [];
});

function room() {
  const r = alignmentRoom();
  open.push(r.core);
  const goto = (kind: string) => {
    const a = r.of(kind);
    call(r.core, 'run:goto', { workshopId: r.workshopId, activityId: a.id });
    return a;
  };
  /** Ana's phone, serialised as it goes over the wire. */
  const anaSees = () => wire(phoneOf(r.core, r.workshopId, r.ana.id));
  const board = (activityId: string, value: unknown) => call(r.core, 'run:setBoard', { activityId, board: value });
  const benAnswers = (activityId: string, itemKey: string, value: unknown) =>
    call(r.core, 'response:submit', { activityId, participantId: r.ben.id, itemKey, value });
  return { ...r, goto, anaSees, board, benAnswers };
}

/** The text as it appears inside JSON. */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
const holds = (wireText: string, text: string) => wireText.includes(inJson(text));

const scenarios = defaultCompConfig().scenarios;
const scenarioTexts = (s: (typeof scenarios)[number]) => [s.prompt, ...s.options.map((o) => o.text)];

describe('phones see a comp poll only once the facilitator opens it', () => {
  it('holds no situation before the poll opens (curve, paychecks, last-day moment), then exactly the one opened', () => {
    const r = room();
    const comp = r.goto('comp');
    for (const view of ['curve', 'paycheck', 'moment'] as const) {
      if (view !== 'curve') r.board(comp.id, { view, patternId: null, scenarioId: 'workshop-invite', takeaways: [] });
      const sees = r.anaSees();
      expect(sees).toContain(inJson(comp.title));
      for (const s of scenarios) for (const text of scenarioTexts(s)) expect({ view, leaked: holds(sees, text) ? text : null }).toEqual({ view, leaked: null });
    }
    r.board(comp.id, { view: 'poll', patternId: null, scenarioId: 'workshop-invite', takeaways: [] });
    const sees = r.anaSees();
    const [opened, ...others] = [scenarios.find((s) => s.id === 'workshop-invite')!, ...scenarios.filter((s) => s.id !== 'workshop-invite')];
    for (const text of scenarioTexts(opened!)) expect(holds(sees, text)).toBe(true);
    for (const s of others) expect(holds(sees, s.prompt)).toBe(false);
  });

  it('the takeaways the facilitator writes and the deal patterns’ stories stay off phones', () => {
    const r = room();
    const comp = r.goto('comp');
    r.board(comp.id, { view: 'poll', patternId: 'slip', scenarioId: 'last-day', takeaways: ['Never launch in the last two weeks of a quarter'] });
    const sees = r.anaSees();
    expect(holds(sees, 'Never launch in the last two weeks of a quarter')).toBe(false);
    for (const p of defaultCompConfig().patterns) if (p.story) expect(holds(sees, p.story)).toBe(false);
  });
});

describe('phones see a ballot only once the vote opens', () => {
  it('persona: no note on the ballot while notes are collected; the ballot without authors once the vote opens', () => {
    const r = room();
    const persona = r.goto('persona');
    const text = 'Wants a quieter last week of the quarter';
    r.benAnswers(persona.id, 'note-b1abc', { section: 'goals', text });
    const ballot = [{ id: 'n1', key: boardKey(r.ben.id, 'note-b1abc'), section: 'goals', text }];
    r.board(persona.id, { phase: 'collect', ballot, hidden: [], agreed: [] });
    expect(holds(r.anaSees(), text)).toBe(false);
    r.board(persona.id, { phase: 'vote', ballot, hidden: [], agreed: [] });
    const voting = r.anaSees();
    expect(holds(voting, text)).toBe(true);
    expect(voting).not.toContain(r.ben.id);
    expect(voting).not.toContain(r.ben.name);
  });

  it('retro: no theme before the vote opens; the theme names once it does, never the cards or who wrote them', () => {
    const r = room();
    const retro = r.goto('retro');
    const card = 'Leads handed over with no context at all';
    r.benAnswers(retro.id, 'card-b1abc', { text: card, prompt: 'broke' });
    const themes = [{ id: 't1', name: 'Hand-offs without context', cardKeys: [boardKey(r.ben.id, 'card-b1abc')] }];
    r.board(retro.id, { clusters: themes, voting: false });
    const grouping = r.anaSees();
    expect(holds(grouping, 'Hand-offs without context')).toBe(false);
    expect(holds(grouping, card)).toBe(false);
    r.board(retro.id, { clusters: themes, voting: true });
    const voting = r.anaSees();
    expect(holds(voting, 'Hand-offs without context')).toBe(true);
    expect(holds(voting, card)).toBe(false);
    expect(voting).not.toContain(r.ben.id);
  });
});

describe('the facilitator’s board stays off phones', () => {
  it('brainstorm: neither the groups nor the other people’s cards, even after the reveal', () => {
    const r = room();
    const ice = r.goto('brainstorm');
    r.benAnswers(ice.id, 'card-b1abc', { text: 'Nobody sees the ten calls before a demo' });
    r.board(ice.id, { clusters: [{ id: 'g1', name: 'Invisible groundwork', cardKeys: [boardKey(r.ben.id, 'card-b1abc')] }] });
    for (const revealed of [false, true]) {
      call(r.core, 'run:set', { activityId: ice.id, revealed });
      const sees = r.anaSees();
      expect(holds(sees, 'Invisible groundwork')).toBe(false);
      expect(holds(sees, 'Nobody sees the ten calls before a demo')).toBe(false);
    }
  });

  it('lead sort: not the draft definition of a quality lead', () => {
    const r = room();
    const lead = r.goto('leadsort');
    r.board(lead.id, { definition: 'A quality lead has a known budget and a buying timeline', onScreen: 'outcome' });
    expect(holds(r.anaSees(), 'A quality lead has a known budget and a buying timeline')).toBe(false);
  });

  it('KPI sort: not the owners and targets being agreed', () => {
    const r = room();
    const kpi = r.goto('kpisort');
    r.board(kpi.id, { rows: [{ kpiId: 'kpi1', owner: 'marketing', person: 'Carla Owner', target: '120', unit: 'leads' }], onScreen: 'outcome' });
    expect(holds(r.anaSees(), 'Carla Owner')).toBe(false);
  });

  it('buying map: not the friction points chosen or their notes, nor another person’s markers', () => {
    const r = room();
    const map = r.goto('buyingmap');
    r.benAnswers(map.id, 'ent.decide.stall', { placed: true });
    r.board(map.id, { segmentId: 'ent', focus: [{ key: 'ent.decide.stall', note: 'Procurement takes six weeks' }] });
    const sees = r.anaSees();
    expect(holds(sees, 'Procurement takes six weeks')).toBe(false);
    expect(sees).not.toContain('ent.decide.stall');
  });

  it('commitments: not the shadowing pairs, nor another person’s pledge', () => {
    const r = room();
    const c = r.goto('commitments');
    r.benAnswers(c.id, 'pledge', { text: 'Send the webinar list to sales by Friday' });
    r.board(c.id, {
      pairs: [{ id: 'p1', sales: { id: r.ana.id, name: r.ana.name }, marketing: { id: r.ben.id, name: r.ben.name }, date: null }],
      reports: null,
      meeting: null,
      promoted: [],
    });
    const sees = r.anaSees();
    expect(holds(sees, 'Send the webinar list to sales by Friday')).toBe(false);
    expect(sees).not.toContain(r.ben.name);
  });

  it('open card sort: not a column another person made up', () => {
    const r = room();
    const sort = r.goto('cardsort');
    r.benAnswers(sort.id, 'cs1', { column: 'custom:Nobody does this today' });
    expect(holds(r.anaSees(), 'Nobody does this today')).toBe(false);
  });
});
