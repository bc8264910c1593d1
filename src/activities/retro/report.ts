import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { markableTeams, teamCounts, visibleTeams } from '../kit/report';
import { readRetroBoard, type RetroConfig } from './definition';
import { VOTE_PREFIX, type RetroTally } from './logic';
import { themeVotes } from './board';
import { plural } from '../kit/numbers';

/** Themes by dots (per team where allowed), then every card under its question; never names when anonymous. */
export function retroReport({ config, results, board, nameOf }: ReportInput<RetroConfig, RetroTally>): ReportBlock[] {
  const agg = results;
  if (!agg || agg.n === 0) return [{ type: 'paragraph', text: 'No cards yet.', muted: true }];
  const blocks: ReportBlock[] = [];
  const teams = visibleTeams(agg).filter((t) => t.team !== 'other');
  const votes = themeVotes(agg.overall, board, teams);
  if (votes.length > 0) {
    blocks.push({
      type: 'barChart',
      title: 'Where we start: dots per theme',
      unit: 'dots',
      teams: teamCounts(agg),
      bars: votes.map((v) => ({ label: v.name, value: v.dots, byTeam: Object.fromEntries(v.byTeam.map((t) => [t.team, t.dots])) })),
    });
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 2,
      text: `Trust: the room chose to start with “${votes[0]!.name}” (${plural(votes[0]!.dots, 'dot')}).`,
    });
  }
  const clusters = readRetroBoard(board).clusters;
  const marks = markableTeams(agg);
  const themeOf = (key: string) => clusters.find((c) => c.cardKeys.includes(key))?.name;
  blocks.push({
    type: 'cards',
    title: config.anonymous ? 'Every card, by question (anonymous)' : 'Every card, by question',
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

export function describeRetro(config: RetroConfig, itemKey: string, value: unknown, board?: unknown): ResponseText {
  if (itemKey.startsWith(VOTE_PREFIX)) {
    const id = itemKey.slice(VOTE_PREFIX.length);
    const theme = readRetroBoard(board).clusters.find((c) => c.id === id);
    return { item: theme ? `Theme: ${theme.name}` : 'A theme no longer on the board', value: plural((value as { dots?: number })?.dots ?? 0, 'dot') };
  }
  const v = value as { text?: string; prompt?: string } | null;
  return { item: config.prompts.find((p) => p.id === v?.prompt)?.text ?? 'Card', value: v?.text ?? '' };
}
