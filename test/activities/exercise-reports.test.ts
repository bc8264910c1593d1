import { describe, expect, it } from 'vitest';
import { findDefinition } from '../../src/activities/registry';
import { aggregate } from '../../src/activities/aggregate';
import type { StoredResponse } from '../../src/activities/types';
import type { ReportBlock, ReportInput } from '../../src/activities/report-types';
import type { Team } from '../../src/shared/domain';
import { i18nFor } from '../../src/main/i18n';

const r = (participantId: string, team: Team, itemKey: string, value: unknown): StoredResponse => ({ participantId, team, itemKey, value });
const people = (team: Team, n: number) => Array.from({ length: n }, (_, i) => `${team[0]}${i}`);

function report(kind: string, responses: StoredResponse[], board: unknown, threshold = 3, nameOf = (id: string) => `Name of ${id}`): ReportBlock[] {
  const def = findDefinition(kind)!;
  const config = def.defaultConfig();
  const input: ReportInput = {
    title: def.defaultTitle,
    config,
    results: aggregate(def, config, responses, threshold),
    threshold,
    board,
    nameOf,
    status: 'done',
    i18n: i18nFor('en'),
  };
  const blocks = def.report!(input);
  // Blocks are plain data: they survive JSON.
  expect(JSON.parse(JSON.stringify(blocks))).toEqual(blocks);
  return blocks;
}

describe('reports of the alignment exercises', () => {
  it('lead sort: the draft definition as a callout and a decision, the biggest gaps ranked, the full matrix', () => {
    const responses = [
      ...people('sales', 3).map((p) => r(p, 'sales', 'sig1', { column: 'quality' })),
      ...people('marketing', 3).map((p) => r(p, 'marketing', 'sig1', { column: 'not' })),
    ];
    const blocks = report('leadsort', responses, { definition: 'A quality lead has asked for a demo.', onScreen: 'results' });
    expect(blocks[0]).toMatchObject({ type: 'callout', text: 'A quality lead has asked for a demo.' });
    expect(blocks.find((b) => b.type === 'finding' && b.kind === 'decision')).toMatchObject({ detail: 'A quality lead has asked for a demo.' });
    // How far apart, drawn per card (the projector's list): 100 = no overlap.
    expect(blocks.find((b) => b.type === 'divergence')).toMatchObject({
      items: [{ text: 'Requested a demo', apart: 100, sales: { n: 3, shares: [100, 0, 0] }, marketing: { n: 3, shares: [0, 100, 0] } }],
    });
    expect(blocks.some((b) => b.type === 'matrix')).toBe(true);
    // A team below the threshold: no comparison, and the report says why.
    const small = report('leadsort', responses.slice(0, 4), null);
    expect(small.some((b) => b.type === 'divergence')).toBe(false);
    expect(small.find((b) => b.type === 'paragraph' && /anonymity threshold/.test(b.text))).toBeTruthy();
  });

  it('KPI sort: the KPI table with owners and targets, and the KPIs the teams gave different owners', () => {
    const responses = [
      ...people('sales', 3).map((p) => r(p, 'sales', 'kpi3', { column: 'shared' })),
      ...people('marketing', 3).map((p) => r(p, 'marketing', 'kpi3', { column: 'marketing' })),
    ];
    const board = { rows: [{ kpiId: 'kpi3', owner: 'shared', person: 'Ravi', target: '25', unit: '%' }], onScreen: 'outcome' };
    const blocks = report('kpisort', responses, board);
    const table = blocks.find((b) => b.type === 'ownerTable') as Extract<ReportBlock, { type: 'ownerTable' }>;
    expect(table.rows.find((row) => row.item === 'MQL → SQL conversion')).toEqual({
      item: 'MQL → SQL conversion',
      owner: 'shared',
      ownerText: 'Shared',
      who: 'Ravi',
      target: '25 %',
    });
    expect(blocks.find((b) => b.type === 'divergence')).toMatchObject({ items: [{ text: 'MQL → SQL conversion' }] });
    expect(blocks.find((b) => b.type === 'finding' && b.kind === 'decision')).toBeTruthy();
  });

  it('trust retro: dots per theme and every card by question, with no names when anonymous', () => {
    const responses = [
      ...people('sales', 3).map((p) => r(p, 'sales', 'card-aaaa1', { text: `Broke ${p}`, prompt: 'broke' })),
      ...people('marketing', 3).map((p) => r(p, 'marketing', 'card-aaaa1', { text: `Step ${p}`, prompt: 'step' })),
      ...people('sales', 3).map((p) => r(p, 'sales', 'vote-g1', { dots: 2 })),
    ];
    const board = { clusters: [{ id: 'g1', name: 'Weekly sync', cardKeys: ['m0/card-aaaa1'] }], voting: true };
    const blocks = report('retro', responses, board);
    expect(blocks[0]).toMatchObject({ type: 'barChart', bars: [{ label: 'Weekly sync', value: 6, byTeam: { sales: 6, marketing: 0 } }] });
    const cards = blocks.find((b) => b.type === 'cards') as Extract<ReportBlock, { type: 'cards' }>;
    expect(cards.groups.map((g) => g.title)).toEqual([
      'What broke trust between us? (3)',
      'What builds trust? (0)',
      'One small step we could take next month (3)',
    ]);
    expect(cards.groups.flatMap((g) => g.cards).every((c) => c.author === null)).toBe(true);
    expect(JSON.stringify(blocks)).not.toContain('Name of');
    expect(cards.groups[2]!.cards.find((c) => c.text.includes('[Weekly sync]'))).toBeTruthy();
  });
});
