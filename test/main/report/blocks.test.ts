import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportBlock } from '../../../src/activities/report-types';
import { ReportRenderer } from '../../../src/main/report/render';
import { REPORT_SECTIONS, type ReportData } from '../../../src/main/report/types';
import { tempDir } from '../../helpers/temp-dir';
import { i18nFor } from '../../../src/main/i18n';
import { reportWords } from '../../../src/main/report/words';
import { reportFormat } from '../../../src/activities/kit/report';

// Every block type the engines can return goes through the template, so an
// exercise that uses one the built-in kinds don't still gets a working PDF.

export const EVERY_BLOCK: ReportBlock[] = [
  { type: 'heading', text: 'A subheading' },
  { type: 'paragraph', text: 'Plain paragraph text.' },
  { type: 'paragraph', text: 'A muted paragraph.', muted: true },
  { type: 'bullets', items: ['First bullet', 'Second bullet'] },
  { type: 'bullets', items: ['Step one', 'Step two'], ordered: true },
  { type: 'callout', title: 'Callout title', text: 'Callout body', tone: 'warning' },
  { type: 'definition', term: 'Quality lead', text: 'A lead with a known budget and a timeline within two quarters.' },
  {
    type: 'metrics',
    items: [
      { label: 'people', value: '12' },
      { label: 'cards', value: '40' },
    ],
  },
  {
    type: 'keyValue',
    title: 'Key values',
    rows: [
      { key: 'Base salary', value: '$60,000' },
      { key: 'Quota', value: '$600,000' },
    ],
  },
  {
    type: 'table',
    title: 'KPI table',
    columns: ['KPI', 'Owner', 'Target'],
    rows: [
      ['MQL to SQL conversion', 'Shared', '25 %'],
      ['Follow-up time', 'Sales', '< 1 h'],
    ],
    align: ['left', 'center', 'right'],
    widths: [3, 1, 1],
  },
  {
    type: 'barChart',
    title: 'Bars with a suppressed team',
    unit: 'votes',
    teamsAsPercent: true,
    teams: [
      { team: 'sales', n: 4, suppressed: false },
      { team: 'marketing', n: 5, suppressed: false },
      { team: 'other', n: 1, suppressed: true },
    ],
    bars: [
      { label: 'Option A', value: 7, byTeam: { sales: 60, marketing: 20 }, note: '5 voters' },
      { label: 'Option B', value: 3 },
    ],
  },
  {
    type: 'matrix',
    columns: ['Yes', 'No'],
    rows: [{ label: 'Card one', counts: [3, 1], total: 4, flag: 'split', byTeam: { sales: [100, 0], marketing: [50, 50], other: null } }],
    teams: [
      { team: 'sales', n: 3, suppressed: false },
      { team: 'marketing', n: 3, suppressed: false },
    ],
  },
  {
    type: 'ranked',
    title: 'Divergence ranking',
    scoreLabel: 'Gap',
    items: [
      { rank: 1, text: 'Budget known', score: '0.8', detail: 'Sales yes, Marketing no', tone: 'accent' },
      { rank: 2, text: 'Webinar', score: '0.5' },
    ],
  },
  {
    type: 'cards',
    title: 'Persona',
    groups: [
      {
        title: 'Goals',
        cards: [
          { text: 'Hit the number', team: 'sales', author: 'Dana' },
          { text: 'No name card', team: null, author: null },
        ],
      },
    ],
  },
  {
    type: 'swimlane',
    title: 'Buying process',
    stages: [
      { name: 'Awareness', owner: 'marketing' },
      { name: 'Evaluation', owner: 'shared', handoff: true, friction: 'Leads wait two days' },
      { name: 'Purchase', owner: 'sales' },
    ],
    lanes: [
      { name: 'Buyer', team: null, cells: ['Reads a blog post', 'Compares vendors', 'Signs'] },
      { name: 'Sales', team: 'sales', cells: ['', 'Discovery call', 'Proposal'] },
    ],
  },
  {
    type: 'lineChart',
    title: 'Pay against quota attainment',
    xLabel: 'Quota attainment',
    yLabel: 'Monthly pay',
    xUnit: '%',
    yUnit: '$',
    series: [
      {
        name: 'Sales rep',
        tone: 'sales',
        points: [
          { x: 0, y: 5000 },
          { x: 50, y: 6000 },
          { x: 100, y: 10000 },
          { x: 150, y: 17000 },
        ],
      },
      {
        name: 'Marketer',
        tone: 'marketing',
        points: [
          { x: 0, y: 8000 },
          { x: 150, y: 8500 },
        ],
      },
    ],
    markers: [{ x: 100, label: 'Quota' }],
  },
  {
    type: 'divergence',
    title: 'How far apart',
    columns: ['Quality lead', 'Not a signal', 'Depends'],
    items: [{ text: 'Timing is known', apart: 62, sales: { n: 4, shares: [75, 0, 25] }, marketing: { n: 5, shares: [20, 60, 20] } }],
    more: '3 more cards are closer than 10 of 100.',
  },
  {
    type: 'heatmap',
    title: 'Where deals get stuck',
    columns: [
      { name: 'Aware', owner: 'marketing' },
      { name: 'Deciding', owner: 'shared', handoff: true },
    ],
    rows: ['Deals stall here', 'Leads lost'],
    cells: [
      [0, 6],
      [3, 1],
    ],
    teams: [
      {
        team: 'sales',
        cells: [
          [0, 4],
          [1, 1],
        ],
      },
      {
        team: 'marketing',
        cells: [
          [0, 2],
          [2, 0],
        ],
      },
    ],
    teamCounts: [
      { team: 'sales', n: 4, suppressed: false },
      { team: 'marketing', n: 5, suppressed: false },
    ],
  },
  {
    type: 'ownerTable',
    title: 'KPI owners',
    columns: ['KPI', 'Owner', 'Who', 'Target'],
    rows: [
      { item: 'Win rate', owner: 'shared', ownerText: 'Shared', who: 'Ravi', target: '25 %' },
      { item: 'Pipeline', owner: null, ownerText: '', who: '', target: '' },
    ],
  },
  { type: 'followUp', text: 'Decide who reports on pipeline.' },
  { type: 'finding', kind: 'gap', text: 'A gap finding', detail: 'with detail', weight: 2 },
  {
    type: 'commitments',
    items: [
      {
        text: 'Joint pipeline meeting',
        owner: 'Both teams',
        due: '2026-12-10',
        kind: 'meeting',
        repeat: { every: 2, unit: 'week' },
        time: '10:00',
        minutes: 30,
      },
    ],
  },
];

export function reportWith(blocks: ReportBlock[], patch: Partial<ReportData> = {}): ReportData {
  return {
    version: 1,
    brand: { clientName: '', accent: null, accentForText: false, logo: null },
    paper: 'a4',
    sections: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, true])) as ReportData['sections'],
    partial: false,
    partialText: '',
    lang: 'en',
    words: reportWords(i18nFor('en'), reportFormat('en-GB')),
    generated: '1 December 2026 at 10:00',
    workshop: { title: 'Block test', goal: '', dateText: '', timeText: '', location: '', facilitator: '', threshold: 3 },
    teams: [],
    participantCount: 0,
    anonymityNote: 'Anonymity sentence.',
    privacy: { namesInExports: true, text: 'Names in the report and exports: on.' },
    summary: {
      metrics: [],
      runText: '1 of 1 activity run; none skipped.',
      runRule: 'Run rule.',
      followUps: [],
      decisions: [],
      gaps: [],
      insights: [],
      commitments: [],
    },
    agenda: { rows: [], plannedTotal: 0, actualTotal: null, note: '' },
    activities: [
      {
        number: 1,
        title: 'Everything',
        kindLabel: 'Test',
        why: '',
        status: 'done',
        state: 'run',
        statusText: '',
        oneLine: null,
        blanks: false,
        plannedMinutes: 10,
        actualMinutes: 12,
        naming: 'named',
        namingLabel: 'Named',
        blocks: blocks.map((b) =>
          b.type === 'commitments'
            ? {
                ...b,
                items: b.items.map((c) => ({
                  ...c,
                  repeatText: 'every 2 weeks',
                  dueText: 'Thu, 10 Dec 2026',
                  timeText: '10:00',
                  source: 'Everything',
                  status: 'open',
                })),
              }
            : b,
        ) as ReportBlock[],
      },
    ],
    commitments: [],
    followUps: [],
    appendix: { tables: [], roster: [], rosterNote: '' },
    ...patch,
  };
}

describe('report blocks', () => {
  const renderer = new ReportRenderer();
  afterAll(() => renderer.close());

  it('draws every block type', async () => {
    const out = await renderer.render(reportWith(EVERY_BLOCK));
    const file = join(process.env.REPORT_OUT ?? tempDir(), 'blocks.pdf');
    writeFileSync(file, out.pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const s of [
      'A subheading',
      'Plain paragraph text.',
      'Second bullet',
      'Step two',
      'Callout body',
      'Quality lead',
      'A lead with a known budget',
      'Base salary',
      '$60,000',
      'MQL to SQL conversion',
      'Follow-up time',
      'Option A',
      '7 votes',
      'Other n=1: suppressed',
      'Card one',
      '75 %',
      'Divergence ranking',
      'Budget known',
      'Hit the number',
      'Dana',
      'Buying process',
      'Hand-off',
      'Leads wait two days',
      'Discovery call',
      'Pay against quota attainment',
      'Quota',
      'Sales rep',
      'A gap finding',
      'KEY POINTS',
      'Joint pipeline meeting',
      'every 2 weeks',
      'Timing is known',
      '62 of 100',
      '75 %',
      '3 more cards',
      'Where deals get stuck',
      'Deals stall here',
      'Hand-off',
      'KPI owners',
      'Win rate',
      'Not decided',
    ]) {
      expect(text).toContain(s);
    }
  }, 30_000);

  it('refuses a broken document with an error instead of a PDF', async () => {
    const bad = reportWith([]);
    (bad as unknown as { workshop: unknown }).workshop = null;
    await expect(renderer.render(bad)).rejects.toThrow();
    // ...and the worker still renders the next one.
    const ok = await renderer.render(reportWith([{ type: 'paragraph', text: 'Still here' }]));
    expect(ok.pages).toBeGreaterThan(0);
  }, 30_000);
});
