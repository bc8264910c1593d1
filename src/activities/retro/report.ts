import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { markableTeams, teamCounts, visibleTeams } from '../kit/report';
import { readRetroBoard, type RetroConfig } from './definition';
import { VOTE_PREFIX, type RetroTally } from './logic';
import { themeVotes } from './board';

const dotsText = (i18n: I18n, count: number) => t(i18n)`${plural(count, { one: '# dot', other: '# dots' })}`;

/** Themes by dots (per team where allowed), then every card under its question; never names when anonymous. */
export function retroReport({ config, results, board, nameOf, i18n }: ReportInput<RetroConfig, RetroTally>): ReportBlock[] {
  const agg = results;
  if (!agg || agg.n === 0) return [{ type: 'paragraph', text: t(i18n)`No cards yet.`, muted: true }];
  const blocks: ReportBlock[] = [];
  const teams = visibleTeams(agg).filter((t) => t.team !== 'other');
  const votes = themeVotes(agg.overall, board, teams);
  if (votes.length > 0) {
    blocks.push({
      type: 'barChart',
      title: t(i18n)`Where we start: dots per theme`,
      unit: t(i18n)`dots`,
      unitOne: t(i18n)`dot`,
      teams: teamCounts(agg),
      bars: votes.map((v) => ({ label: v.name, value: v.dots, byTeam: Object.fromEntries(v.byTeam.map((t) => [t.team, t.dots])) })),
    });
    const theme = votes[0]!.name;
    const dots = dotsText(i18n, votes[0]!.dots);
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 2,
      text: t(i18n)`Trust: the room chose to start with “${theme}” (${dots}).`,
    });
  }
  const clusters = readRetroBoard(board).clusters;
  const marks = markableTeams(agg);
  const themeOf = (key: string) => clusters.find((c) => c.cardKeys.includes(key))?.name;
  blocks.push({
    type: 'cards',
    title: config.anonymous ? t(i18n)`Every card, by question (anonymous)` : t(i18n)`Every card, by question`,
    groups: config.prompts.map((p) => ({
      title: `${p.text} (${agg.overall.perPrompt[p.id] ?? 0})`,
      cards: agg.overall.cards
        .filter((c) => c.prompt === p.id)
        .map((c) => ({
          text: themeOf(c.key) ? `${c.text} [${themeOf(c.key)}]` : c.text,
          team: marks.has(c.team) ? c.team : null,
          author: !config.anonymous && c.authorId ? nameOf(c.authorId) : null,
        })),
    })),
  });
  return blocks;
}

export function describeRetro(config: RetroConfig, itemKey: string, value: unknown, board: unknown, i18n: I18n): ResponseText {
  if (itemKey.startsWith(VOTE_PREFIX)) {
    const id = itemKey.slice(VOTE_PREFIX.length);
    const theme = readRetroBoard(board).clusters.find((c) => c.id === id);
    const name = theme?.name;
    return {
      item: theme ? t(i18n)`Theme: ${name}` : t(i18n)`A theme no longer on the board`,
      value: dotsText(i18n, (value as { dots?: number })?.dots ?? 0),
    };
  }
  const v = value as { text?: string; prompt?: string } | null;
  return { item: config.prompts.find((p) => p.id === v?.prompt)?.text ?? t(i18n)`Card`, value: v?.text ?? '' };
}
