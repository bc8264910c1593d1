import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import type { Team } from '../../shared/domain';
import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { formatOf, salesAndMarketing, teamCounts, visibleTeams } from '../kit/report';
import type { DotVoteConfig } from './definition';
import type { DotValue, DotVoteTally } from './logic';
import { percentOf } from '../kit/numbers';

/** Dot vote: options by dots, each team's share of its own dots beside them. */
export function dotVoteReport(input: ReportInput<DotVoteConfig, DotVoteTally>): ReportBlock[] {
  const { config, results, i18n } = input;
  const format = formatOf(input);
  const blocks: ReportBlock[] = [];
  if (config.prompt) blocks.push({ type: 'paragraph', text: config.prompt, muted: true });
  const agg = results;
  if (!agg || agg.n === 0) {
    blocks.push({ type: 'paragraph', text: t(i18n)`Nobody voted yet.`, muted: true });
    return blocks;
  }
  const overall = agg.overall;
  const teams = visibleTeams(agg);
  const shareOf = (tally: DotVoteTally, id: string) => percentOf(tally.options.find((o) => o.id === id)?.dots ?? 0, tally.totalDots);
  const people = agg.n;
  const dots = overall.totalDots;
  const options = overall.options.length;
  blocks.push({
    type: 'metrics',
    items: [
      { label: t(i18n)`${plural(people, { one: 'person voted', other: 'people voted' })}`, value: format.number(people) },
      { label: t(i18n)`${plural(dots, { one: 'dot placed', other: 'dots placed' })}`, value: format.number(dots) },
      { label: t(i18n)`${plural(options, { one: 'option', other: 'options' })}`, value: format.number(options) },
    ],
  });
  blocks.push({
    type: 'barChart',
    title: t(i18n)`Dots per option (team bars: share of that team’s dots)`,
    unit: t(i18n)`dots`,
    unitOne: t(i18n)`dot`,
    teamsAsPercent: true,
    teams: teamCounts(agg),
    bars: overall.options.map((o) => ({
      label: o.text,
      value: o.dots,
      note: voters(i18n, o.voters),
      byTeam: Object.fromEntries(teams.map((t) => [t.team, shareOf(t.result, o.id)])) as Partial<Record<Team, number>>,
    })),
  });
  const top = overall.options[0];
  if (top && top.dots > 0) {
    const option = top.text;
    const topDots = dotsText(i18n, top.dots);
    const share = format.percent(percentOf(top.dots, overall.totalDots));
    const from = top.voters;
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 3,
      text: t(i18n)`Top priority: ${option}`,
      detail: t(i18n)`${topDots}, ${share} of all dots, from ${plural(from, { one: '# person', other: '# people' })}.`,
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
      const option = g.o.text;
      const salesShare = format.percent(g.s);
      const marketingShare = format.percent(g.m);
      const points = g.diff;
      blocks.push({
        type: 'finding',
        kind: 'gap',
        weight: g.diff / 10,
        text: t(i18n)`${option}: Sales ${salesShare} of their dots, Marketing ${marketingShare}`,
        detail: t(i18n)`${plural(points, { one: '# percentage point apart', other: '# percentage points apart' })}: the widest gap in this vote.`,
      });
    }
  }
  return blocks;
}

const dotsText = (i18n: I18n, count: number) => t(i18n)`${plural(count, { one: '# dot', other: '# dots' })}`;
const voters = (i18n: I18n, n: number) => t(i18n)`${plural(n, { one: '# voter', other: '# voters' })}`;

export function describeDotVote(config: DotVoteConfig, itemKey: string, value: DotValue | null, _board: unknown, i18n: I18n): ResponseText {
  return { item: config.options.find((o) => o.id === itemKey)?.text ?? itemKey, value: dotsText(i18n, value?.dots ?? 0) };
}
