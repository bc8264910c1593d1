import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { formatOf, salesAndMarketing, teamCounts, teamWord, visibleTeams } from '../kit/report';
import type { RankingConfig } from './definition';
import type { OrderValue, RankingTally } from './logic';

const rankOf = (tally: RankingTally, id: string) => tally.options.find((o) => o.id === id)?.rank ?? null;

/** Ranking: the room's order by points (Borda count), with each team's own rank per option. */
export function rankingReport(input: ReportInput<RankingConfig, RankingTally>): ReportBlock[] {
  const { config, results, i18n } = input;
  const format = formatOf(input);
  const blocks: ReportBlock[] = [];
  if (config.prompt) blocks.push({ type: 'paragraph', text: config.prompt, muted: true });
  const agg = results;
  if (!agg || agg.n === 0) {
    blocks.push({ type: 'paragraph', text: t(i18n)`Nobody ranked the options yet.`, muted: true });
    return blocks;
  }
  const overall = agg.overall;
  const teams = visibleTeams(agg);
  const max = Math.max(1, (config.options.length - 1) * overall.ballots);
  const ballots = ballotsText(i18n, overall.ballots);
  const firstPoints = config.options.length - 1;
  blocks.push({
    type: 'ranked',
    title: t(i18n)`Room ranking from ${ballots} (first place gets ${firstPoints} points, last 0)`,
    scoreLabel: t(i18n)`Points`,
    items: overall.options.map((o) => ({
      rank: o.rank,
      text: o.text,
      score: `${format.number(o.points)} (${format.percent(Math.round((o.points / max) * 100))})`,
      detail: [o.firstPlaces ? firstPlacesText(i18n, o.firstPlaces) : '', ...teams.map((t) => `${teamWord(i18n, t.team)} #${rankOf(t.result, o.id) ?? '–'}`)]
        .filter(Boolean)
        .join(' · '),
      tone: o.rank === 1 ? 'accent' : undefined,
    })),
  });
  blocks.push({
    type: 'barChart',
    title: t(i18n)`Points per option (team bars: that team’s points as a share of its maximum)`,
    unit: t(i18n)`points`,
    unitOne: t(i18n)`point`,
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
    const option = top.text;
    const count = top.points;
    const points = t(i18n)`${plural(count, { one: '# point', other: '# points' })}`;
    const firsts = ballotsText(i18n, top.firstPlaces);
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 2.5,
      text: t(i18n)`Ranked first: ${option}`,
      detail: top.firstPlaces ? t(i18n)`${points}, first on ${firsts}.` : `${points}.`,
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
      const option = g.o.text;
      const salesRank = g.s;
      const marketingRank = g.m;
      blocks.push({
        type: 'finding',
        kind: 'gap',
        weight: (g.diff / config.options.length) * 6,
        text: t(i18n)`${option}: Sales rank it #${salesRank}, Marketing #${marketingRank}`,
        detail: t(i18n)`Where the two teams ranked an option farthest apart.`,
      });
    }
  }
  return blocks;
}

const firstPlacesText = (i18n: I18n, firstPlaces: number) => t(i18n)`${plural(firstPlaces, { one: '# first place', other: '# first places' })}`;
const ballotsText = (i18n: I18n, n: number) => t(i18n)`${plural(n, { one: '# ballot', other: '# ballots' })}`;

export function describeRanking(config: RankingConfig, _itemKey: string, value: OrderValue | null, _board: unknown, i18n: I18n): ResponseText {
  const order = value?.order ?? [];
  const text = (id: string) => config.options.find((o) => o.id === id)?.text ?? id;
  return { item: t(i18n)`Order`, value: order.map((id, i) => `${i + 1}. ${text(id)}`).join('  ') };
}
