import type { Team } from '../../shared/domain';
import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { salesAndMarketing, teamCounts, visibleTeams } from '../kit/report';
import type { DotVoteConfig } from './definition';
import type { DotValue, DotVoteTally } from './logic';
import { percentOf, plural } from '../kit/numbers';

/** Dot vote: options by dots, each team's share of its own dots beside them. */
export function dotVoteReport({ config, results }: ReportInput<DotVoteConfig, DotVoteTally>): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (config.prompt) blocks.push({ type: 'paragraph', text: config.prompt, muted: true });
  const agg = results;
  if (!agg || agg.n === 0) {
    blocks.push({ type: 'paragraph', text: 'Nobody voted yet.', muted: true });
    return blocks;
  }
  const overall = agg.overall;
  const teams = visibleTeams(agg);
  const shareOf = (tally: DotVoteTally, id: string) => percentOf(tally.options.find((o) => o.id === id)?.dots ?? 0, tally.totalDots);
  blocks.push({
    type: 'metrics',
    items: [
      { label: agg.n === 1 ? 'person voted' : 'people voted', value: String(agg.n) },
      { label: 'dots placed', value: String(overall.totalDots) },
      { label: 'options', value: String(overall.options.length) },
    ],
  });
  blocks.push({
    type: 'barChart',
    title: 'Dots per option (team bars: share of that team’s dots)',
    unit: 'dots',
    teamsAsPercent: true,
    teams: teamCounts(agg),
    bars: overall.options.map((o) => ({
      label: o.text,
      value: o.dots,
      note: plural(o.voters, 'voter'),
      byTeam: Object.fromEntries(teams.map((t) => [t.team, shareOf(t.result, o.id)])) as Partial<Record<Team, number>>,
    })),
  });
  const top = overall.options[0];
  if (top && top.dots > 0) {
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 3,
      text: `Top priority: ${top.text}`,
      detail: `${plural(top.dots, 'dot')}, ${percentOf(top.dots, overall.totalDots)} % of all dots, from ${plural(top.voters, 'person', 'people')}.`,
    });
  }
  const sm = salesAndMarketing(agg);
  if (sm) {
    const gaps = overall.options
      .map((o) => ({ o, s: shareOf(sm.sales, o.id), m: shareOf(sm.marketing, o.id) }))
      .map((g) => ({ ...g, diff: Math.abs(g.s - g.m) }))
      .sort((a, b) => b.diff - a.diff);
    const g = gaps[0];
    if (g && g.diff >= 10) {
      blocks.push({
        type: 'finding',
        kind: 'gap',
        weight: g.diff / 10,
        text: `${g.o.text}: Sales ${g.s} % of their dots, Marketing ${g.m} %`,
        detail: `${g.diff} percentage points apart: the widest gap in this vote.`,
      });
    }
  }
  return blocks;
}

export function describeDotVote(config: DotVoteConfig, itemKey: string, value: DotValue | null): ResponseText {
  const dots = value?.dots ?? 0;
  return { item: config.options.find((o) => o.id === itemKey)?.text ?? itemKey, value: plural(dots, 'dot') };
}
