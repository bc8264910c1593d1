// Issue #13 (charts): every bar says what it is (team, category, value) by itself, team marks
// always come with the team's name, and the KPI sort speaks of "how far apart: N of 100", not "gap".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DotVoteResults } from '../../../src/activities/dotvote/Results';
import { CompResults } from '../../../src/activities/comp/Results';
import { KpiSortResults } from '../../../src/activities/kpisort/Results';
import { TeamMark } from '../../../src/activities/kit/views/TeamMark';
import { ShareBar } from '../../../src/activities/kit/views/ShareBar';
import { findDefinition } from '../../../src/activities/registry';
import { defaultCompConfig } from '../../../src/activities/comp/definition';
import type { DotVoteConfig } from '../../../src/activities/dotvote/definition';
import type { KpiSortConfig } from '../../../src/activities/kpisort/definition';
import type { RankingConfig } from '../../../src/activities/ranking/definition';
import { RankingResults } from '../../../src/activities/ranking/Results';
import type { StoredResponse } from '../../../src/activities/types';
import type { Team } from '../../../src/shared/domain';
import { activityOf, answers, resultsFor } from './helpers';
import { i18nFor } from '../../../src/main/i18n';

/** What a screen reader says for an element: its text without the parts hidden from it. */
function spoken(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible text: everything but the screen-reader-only parts. */
function visible(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.cgv-sr').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const vote: DotVoteConfig = {
  prompt: '',
  options: [
    { id: 'o1', text: 'One MQL definition', description: '' },
    { id: 'o2', text: 'Follow-up SLA', description: '' },
  ],
  dotsPerPerson: 3,
  maxPerItem: 3,
};
// Sales: 9 dots, all on the SLA. Marketing: 9 dots, 6 on the definition and 3 on the SLA.
const voteResponses = [
  ...answers('sales', 3, () => [['o2', { dots: 3 }]]),
  ...answers('marketing', 3, () => [
    ['o1', { dots: 2 }],
    ['o2', { dots: 1 }],
  ]),
];

describe('bars carry their own label: team, category and value', () => {
  for (const surface of ['projector', 'console'] as const) {
    it(`dot vote (${surface}): each team bar reads "Team: option N%"`, () => {
      render(<DotVoteResults activity={activityOf('dotvote', vote)} config={vote} results={resultsFor('dotvote', vote, voteResponses)} surface={surface} />);
      const chart = screen.getByRole('list', { name: /Dots per option/ });
      const bars = [...chart.querySelectorAll('.cgv-bar-line')].map(spoken);
      expect(bars).toEqual(
        expect.arrayContaining([
          'Sales: Follow-up SLA 100%',
          'Marketing: Follow-up SLA 33%',
          'Sales: One MQL definition 0%',
          'Marketing: One MQL definition 67%',
        ]),
      );
      // The overall bar names its option too.
      expect(bars).toEqual(expect.arrayContaining(['All: Follow-up SLA 12 dots', 'All: One MQL definition 6 dots']));
      // On screen, the team's name stands beside its mark and its bar.
      for (const line of chart.querySelectorAll('.cgv-bar-team')) expect(visible(line)).toMatch(/^[◆●▲■] (Sales|Marketing) ?\d+%$/);
    });
  }

  it('comp poll results: each team bar reads "Team: answer N%"', () => {
    const config = defaultCompConfig();
    const s = config.scenarios[0]!;
    const [a, b] = s.options;
    const responses: StoredResponse[] = [
      ...answers('sales', 3, () => [[s.id, { option: a!.id }]]),
      ...answers('marketing', 3, (i) => [[s.id, { option: i === 0 ? a!.id : b!.id }]]),
    ];
    render(<CompResults activity={activityOf('comp', config)} config={config} results={resultsFor('comp', config, responses)} surface="console" />);
    const bars = [...screen.getByRole('list', { name: `Answers to: ${s.prompt}` }).querySelectorAll('.cgv-bar-line')].map(spoken);
    expect(bars).toEqual(expect.arrayContaining([`Sales: ${a!.text} 100%`, `Marketing: ${a!.text} 33%`, `Marketing: ${b!.text} 67%`]));
  });
});

describe('team marks always come with the team name', () => {
  it('a compact TeamMark still shows the name beside the shape', () => {
    render(<TeamMark team="marketing" compact />);
    expect(visible(document.body)).toMatch(/^● ?Marketing$/);
  });

  it('a compact share bar (projector) still shows the team name beside its shape', () => {
    const columns = [
      { id: 'a', text: 'Quality lead' },
      { id: 'b', text: 'Not a signal' },
    ];
    render(<ShareBar team="sales" n={4} columns={columns} d={{ a: 0.75, b: 0.25 }} compact />);
    expect(visible(document.querySelector('.cgx-sharebar-who')!)).toMatch(/^◆ ?Sales$/);
  });

  it('share bar columns differ by more than shade: each look has its own fill pattern or line style', () => {
    // White, grey and an outline look alike from the back of the room and in greyscale print.
    const css = readFileSync(resolve(process.cwd(), 'src/activities/kit/views/exercises.css'), 'utf8');
    const looks = (['solid', 'mid', 'outline', 'hatch'] as const).map((tone) => {
      const body = new RegExp(`\\.cgx-tone-${tone} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
      const bg = /--tone-bg:\s*([^;]+);/.exec(body)?.[1] ?? '';
      const fill = bg === 'transparent' ? 'none' : (/(repeating-)?(linear|radial)-gradient\((\d+deg)?/.exec(bg)?.[0] ?? 'plain');
      const line = /--tone-line:\s*([^;]+);/.exec(body)?.[1] ?? 'solid';
      return `${fill} ${line}`;
    });
    expect(new Set(looks).size).toBe(4);
    // The segments and the legend's swatches draw their border in that line style.
    expect(css).toMatch(/\.cgx-seg \{[^}]*border: 2px var\(--tone-line, solid\) var\(--tone-border\)/);
    expect(css).toMatch(/\.cgx-swatch \{[^}]*border: 2px var\(--tone-line, solid\) var\(--tone-border\)/);
  });
});

const kpi = findDefinition('kpisort')!;
const kpiConfig = kpi.defaultConfig() as KpiSortConfig;
const r = (participantId: string, team: Team, itemKey: string, column: string): StoredResponse => ({ participantId, team, itemKey, value: { column } });
// kpi3: Sales all "shared", Marketing 2 of 3 "marketing": 2/3 apart → 67 of 100.
const kpiResponses = [
  ...['s1', 's2', 's3'].map((p) => r(p, 'sales', 'kpi3', 'shared')),
  r('m1', 'marketing', 'kpi3', 'marketing'),
  r('m2', 'marketing', 'kpi3', 'marketing'),
  r('m3', 'marketing', 'kpi3', 'shared'),
  ...['s1', 's2', 's3', 'm1', 'm2', 'm3'].map((p) => r(p, p.startsWith('s') ? 'sales' : 'marketing', 'kpi6', 'sales')),
];

describe('KPI sort: "how far apart: N of 100", never "gap"', () => {
  for (const surface of ['projector', 'console'] as const) {
    it(`${surface}: no "gap" on screen`, () => {
      const { container } = render(
        <KpiSortResults
          activity={activityOf('kpisort', kpiConfig)}
          config={kpiConfig}
          results={resultsFor('kpisort', kpiConfig, kpiResponses)}
          surface={surface}
          board={null}
        />,
      );
      expect(container.textContent).not.toMatch(/\bgap\b/i);
    });
  }

  it('console: each KPI says how far apart the teams are, out of 100', () => {
    render(
      <KpiSortResults
        activity={activityOf('kpisort', kpiConfig)}
        config={kpiConfig}
        results={resultsFor('kpisort', kpiConfig, kpiResponses)}
        surface="console"
        board={null}
      />,
    );
    const list = document.querySelector('.cgx-diverge-list')!;
    const conv = within(list as HTMLElement)
      .getByText('MQL → SQL conversion')
      .closest('li')!;
    expect(spoken(conv)).toContain('how far apart: 67 of 100');
    expect(visible(conv.querySelector('.cgx-score')!)).toBe('67 of 100');
  });

  it('report: the same 0–100 scale and the same words', () => {
    const blocks = kpi.report!({
      title: 'KPIs',
      config: kpiConfig,
      results: resultsFor('kpisort', kpiConfig, kpiResponses).aggregate,
      threshold: 3,
      board: null,
      nameOf: () => null,
      i18n: i18nFor('en'),
    } as never);
    const chart = blocks.find((b) => b.type === 'divergence') as { title: string; items: { text: string; apart: number }[] };
    expect(chart.title).toContain('how far apart: 0 = same split, 100 = opposite');
    expect(chart.items.find((i) => i.text === 'MQL → SQL conversion')?.apart).toBe(67);
    // No block speaks of a "gap" (the finding's kind is a key, not a word on the page).
    const words = JSON.stringify(blocks, (k, v) => (k === 'kind' || k === 'type' ? undefined : v));
    expect(words).not.toMatch(/\bgap\b/i);
  });
});

describe('ranking: plain words, no statistics jargon', () => {
  const config: RankingConfig = {
    prompt: '',
    options: [
      { id: 'r1', text: 'Pipeline created', description: '' },
      { id: 'r2', text: 'Win rate', description: '' },
      { id: 'r3', text: 'Cycle length', description: '' },
    ],
  };
  // Sales: r2 r1 r3; Marketing: r3 r1 r2, so Win rate is #1 for Sales and #3 for Marketing.
  const responses = [
    ...answers('sales', 3, () => [['order', { order: ['r2', 'r1', 'r3'] }]]),
    ...answers('marketing', 3, () => [['order', { order: ['r3', 'r1', 'r2'] }]]),
  ];
  const jargon = /borda|\bgap\b|divergence/i;

  for (const surface of ['projector', 'console'] as const) {
    it(`${surface}: "points", not "Borda points"`, () => {
      const { container } = render(
        <RankingResults activity={activityOf('ranking', config)} config={config} results={resultsFor('ranking', config, responses)} surface={surface} />,
      );
      expect(container.textContent).toContain('Points from 6 rankings: first place earns 2, last earns 0.');
      expect(container.textContent).not.toMatch(jargon);
    });
  }

  it('report: the same plain words', () => {
    const def = findDefinition('ranking')!;
    const blocks = def.report!({
      title: 'Ranking',
      config,
      results: resultsFor('ranking', config, responses).aggregate,
      threshold: 3,
      board: null,
      nameOf: () => null,
      i18n: i18nFor('en'),
    } as never);
    const words = JSON.stringify(blocks, (k, v) => (k === 'kind' || k === 'type' ? undefined : v));
    expect(words).toContain('first place gets 2 points, last 0');
    expect(words).not.toMatch(jargon);
  });
});
