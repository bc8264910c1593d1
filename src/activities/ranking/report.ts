import { TEAM_LABEL } from '../../shared/domain';
import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { salesAndMarketing, teamCounts, visibleTeams } from '../kit/report';
import type { RankingConfig } from './definition';
import type { OrderValue, RankingTally } from './logic';
import { plural } from '../kit/numbers';

const rankOf = (tally: RankingTally, id: string) => tally.options.find((o) => o.id === id)?.rank ?? null;

/** Ranking: the room's order by points (Borda count), with each team's own rank per option. */
export function rankingReport({ config, results }: ReportInput<RankingConfig, RankingTally>): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (config.prompt) blocks.push({ type: 'paragraph', text: config.prompt, muted: true });
  const agg = results;
  if (!agg || agg.n === 0) {
    blocks.push({ type: 'paragraph', text: 'Nobody ranked the options yet.', muted: true });
    return blocks;
  }
  const overall = agg.overall;
  const teams = visibleTeams(agg);
  const max = Math.max(1, (config.options.length - 1) * overall.ballots);
  blocks.push({
    type: 'ranked',
    title: `Room ranking from ${plural(overall.ballots, 'ballot')} (first place gets ${config.options.length - 1} points, last 0)`,
    scoreLabel: 'Points',
    items: overall.options.map((o) => ({
      rank: o.rank,
      text: o.text,
      score: `${o.points} (${Math.round((o.points / max) * 100)} %)`,
      detail: [o.firstPlaces ? `${plural(o.firstPlaces, 'first place')}` : '', ...teams.map((t) => `${TEAM_LABEL[t.team]} #${rankOf(t.result, o.id) ?? '–'}`)]
        .filter(Boolean)
        .join(' · '),
      tone: o.rank === 1 ? 'accent' : undefined,
    })),
  });
  blocks.push({
    type: 'barChart',
    title: 'Points per option (team bars: that team’s points as a share of its maximum)',
    unit: 'points',
    teamsAsPercent: true,
    teams: teamCounts(agg),
    bars: overall.options.map((o) => ({
      label: o.text,
      value: o.points,
      byTeam: Object.fromEntries(
        teams.map((t) => {
          const tmax = Math.max(1, (config.options.length - 1) * t.result.ballots);
          return [t.team, Math.round(((t.result.options.find((x) => x.id === o.id)?.points ?? 0) / tmax) * 100)];
        }),
      ),
    })),
  });
  const top = overall.options[0];
  if (top) {
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 2.5,
      text: `Ranked first: ${top.text}`,
      detail: `${plural(top.points, 'point')}${top.firstPlaces ? `, first on ${plural(top.firstPlaces, 'ballot')}` : ''}.`,
    });
  }
  const sm = salesAndMarketing(agg);
  if (sm && config.options.length >= 3) {
    const gaps = overall.options
      .map((o) => ({ o, s: rankOf(sm.sales, o.id) ?? 0, m: rankOf(sm.marketing, o.id) ?? 0 }))
      .map((g) => ({ ...g, diff: Math.abs(g.s - g.m) }))
      .sort((a, b) => b.diff - a.diff);
    const g = gaps[0];
    if (g && g.diff >= Math.max(2, Math.ceil(config.options.length / 3))) {
      blocks.push({
        type: 'finding',
        kind: 'gap',
        weight: (g.diff / config.options.length) * 6,
        text: `${g.o.text}: Sales rank it #${g.s}, Marketing #${g.m}`,
        detail: 'Where the two teams ranked an option farthest apart.',
      });
    }
  }
  return blocks;
}

export function describeRanking(config: RankingConfig, _itemKey: string, value: OrderValue | null): ResponseText {
  const order = value?.order ?? [];
  const text = (id: string) => config.options.find((o) => o.id === id)?.text ?? id;
  return { item: 'Order', value: order.map((id, i) => `${i + 1}. ${text(id)}`).join('  ') };
}
