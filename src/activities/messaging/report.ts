import { TEAM_LABEL } from '../../shared/domain';
import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { teamCounts } from '../kit/report';
import { plural } from '../kit/numbers';
import { readMessagingBoard, type MessagingConfig } from './definition';
import { VOTE_PREFIX, type MessagingTally, type MessagingValue } from './logic';
import { messageSplit, oneTeamOnly, teamVotesText } from './ballot';
import { seedOrigin } from './seeds';

/** The top messages on the report: enough to act on, few enough to read. */
export const REPORT_TOP = 8;

/** The segment, the starting points, the top messages with each team's votes, and what only one team chose. */
export function messagingReport({ config, results, board }: ReportInput<MessagingConfig, MessagingTally>): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (config.segment) blocks.push({ type: 'definition', term: 'Segment', text: config.segment });
  if (config.prompt) blocks.push({ type: 'paragraph', text: config.prompt, muted: true });
  if (config.seeds.length > 0) {
    blocks.push({ type: 'heading', text: 'What we heard before' });
    blocks.push({ type: 'bullets', items: config.seeds.map((s) => `${s.text} (${seedOrigin(s)})`) });
  }
  const b = readMessagingBoard(board);
  if (!results || results.overall.messages.length === 0) {
    blocks.push({ type: 'paragraph', text: 'No messages yet.', muted: true });
    return blocks;
  }
  const split = messageSplit(b, results);
  const voted = split.rows.filter((r) => r.votes > 0);
  blocks.push({
    type: 'metrics',
    items: [
      { label: results.overall.messages.length === 1 ? 'message' : 'messages', value: String(results.overall.messages.length) },
      { label: `${results.n === 1 ? 'person' : 'people'}${config.anonymous ? ' (anonymous)' : ''}`, value: String(results.n) },
      { label: 'votes', value: String(Object.values(results.overall.votes).reduce((a, n) => a + n, 0)) },
    ],
  });
  if (voted.length === 0) {
    blocks.push({ type: 'paragraph', text: b.ballot.length ? 'Nobody has voted yet.' : 'The vote was not opened.', muted: true });
    return blocks;
  }
  const comparable = split.shown.includes('sales') && split.shown.includes('marketing');
  blocks.push({
    type: 'table',
    title: 'Top messages, with each team’s votes',
    columns: ['Message', 'Votes', ...split.shown.map((t) => TEAM_LABEL[t]), ...(comparable ? ['Both teams'] : [])],
    align: ['left', 'right', ...split.shown.map(() => 'right' as const), ...(comparable ? ['left' as const] : [])],
    widths: [6, 1, ...split.shown.map(() => 1), ...(comparable ? [1] : [])],
    rows: voted
      .slice(0, REPORT_TOP)
      .map((r) => [r.text, String(r.votes), ...split.shown.map((t) => String(r.byTeam[t] ?? 0)), ...(comparable ? [r.both ? 'Yes' : ''] : [])]),
  });
  const both = voted.filter((r) => r.both);
  if (both[0]) {
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 2,
      text: `Both teams chose “${both[0].text}”${config.segment ? ` for ${config.segment}` : ''}.`,
      detail: teamVotesText(both[0], split.shown, TEAM_LABEL),
    });
  }
  const lonely = oneTeamOnly(split);
  if (lonely.length > 0) {
    blocks.push({
      type: 'cards',
      title: 'Messages only one team voted for',
      groups: (['sales', 'marketing'] as const)
        .map((team) => ({
          title: `Only ${TEAM_LABEL[team]} (${lonely.filter((l) => l.team === team).length})`,
          cards: lonely.filter((l) => l.team === team).map((l) => ({ text: `${l.row.text} (${plural(l.row.votes, 'vote')})`, team })),
        }))
        .filter((g) => g.cards.length > 0),
    });
  }
  const hidden = teamCounts(results).filter((t) => t.suppressed);
  if (hidden.length > 0) {
    blocks.push({
      type: 'paragraph',
      muted: true,
      text: `Split hidden for ${hidden.map((t) => TEAM_LABEL[t.team]).join(' and ')}: fewer than the anonymity threshold voted. Their votes count in the totals.`,
    });
  }
  if (config.anonymous) blocks.push({ type: 'paragraph', muted: true, text: 'Anonymous: messages are shown without names.' });
  return blocks;
}

export function describeMessaging(_config: MessagingConfig, itemKey: string, value: MessagingValue | null, board?: unknown): ResponseText {
  if (itemKey.startsWith(VOTE_PREFIX)) {
    const m = readMessagingBoard(board).ballot.find((b) => b.id === itemKey.slice(VOTE_PREFIX.length));
    return { item: m ? `Vote: ${m.text}` : 'A message no longer on the ballot', value: 'voted' };
  }
  return { item: 'Message', value: value && 'text' in value ? value.text : '' };
}
