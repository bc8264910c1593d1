import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import type { Team } from '../../shared/domain';
import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { formatOf, teamCounts, teamWord } from '../kit/report';
import { readMessagingBoard, type MessagingConfig } from './definition';
import { VOTE_PREFIX, type MessagingTally, type MessagingValue } from './logic';
import { messageSplit, oneTeamOnly, teamVotesText } from './ballot';
import type { Seed, SeedSource } from './seeds';

/** The top messages on the report: enough to act on, few enough to read. */
export const REPORT_TOP = 8;

const SOURCE_WORDS: Readonly<Record<SeedSource, MessageDescriptor>> = {
  persona: msg`Sales persona`,
  buyingmap: msg`Buying-process map`,
  typed: msg`Added by the facilitator`,
};

/** A seed's origin in a line, in the report's language: "Sales persona · What keeps them up at night · Kickoff, Wed, 20 Jan 2027". */
function seedOrigin(i18n: I18n, date: (iso: string) => string, seed: Seed): string {
  const where = seed.from ? [seed.from.workshopTitle, seed.from.date ? date(seed.from.date) : ''].filter(Boolean).join(', ') : '';
  return [i18n._(SOURCE_WORDS[seed.source]), seed.about, where].filter(Boolean).join(' · ');
}

/** The segment, the starting points, the top messages with each team's votes, and what only one team chose. */
export function messagingReport(input: ReportInput<MessagingConfig, MessagingTally>): ReportBlock[] {
  const { config, results, board, i18n } = input;
  const format = formatOf(input);
  const blocks: ReportBlock[] = [];
  if (config.segment) blocks.push({ type: 'definition', term: t(i18n)`Segment`, text: config.segment });
  if (config.prompt) blocks.push({ type: 'paragraph', text: config.prompt, muted: true });
  if (config.seeds.length > 0) {
    blocks.push({ type: 'heading', text: t(i18n)`What we heard before` });
    blocks.push({ type: 'bullets', items: config.seeds.map((s) => `${s.text} (${seedOrigin(i18n, format.date, s)})`) });
  }
  const b = readMessagingBoard(board);
  if (!results || results.overall.messages.length === 0) {
    blocks.push({ type: 'paragraph', text: t(i18n)`No messages yet.`, muted: true });
    return blocks;
  }
  const split = messageSplit(b, results);
  const voted = split.rows.filter((r) => r.votes > 0);
  const messages = results.overall.messages.length;
  const people = results.n;
  const votes = Object.values(results.overall.votes).reduce((a, n) => a + n, 0);
  const labels = Object.fromEntries((['sales', 'marketing', 'other'] as const).map((team) => [team, teamWord(i18n, team)])) as Record<Team, string>;
  blocks.push({
    type: 'metrics',
    items: [
      { label: t(i18n)`${plural(messages, { one: 'message', other: 'messages' })}`, value: format.number(messages) },
      {
        label: config.anonymous
          ? t(i18n)`${plural(people, { one: 'person (anonymous)', other: 'people (anonymous)' })}`
          : t(i18n)`${plural(people, { one: 'person', other: 'people' })}`,
        value: format.number(people),
      },
      { label: t(i18n)`${plural(votes, { one: 'vote', other: 'votes' })}`, value: format.number(votes) },
    ],
  });
  if (voted.length === 0) {
    blocks.push({ type: 'paragraph', text: b.ballot.length ? t(i18n)`Nobody has voted yet.` : t(i18n)`The vote was not opened.`, muted: true });
    return blocks;
  }
  const comparable = split.shown.includes('sales') && split.shown.includes('marketing');
  blocks.push({
    type: 'table',
    title: t(i18n)`Top messages, with each team’s votes`,
    columns: [t(i18n)`Message`, t(i18n)`Votes`, ...split.shown.map((team) => labels[team]), ...(comparable ? [t(i18n)`Both teams`] : [])],
    align: ['left', 'right', ...split.shown.map(() => 'right' as const), ...(comparable ? ['left' as const] : [])],
    widths: [6, 1, ...split.shown.map(() => 1), ...(comparable ? [1] : [])],
    rows: voted
      .slice(0, REPORT_TOP)
      .map((r) => [
        r.text,
        format.number(r.votes),
        ...split.shown.map((team) => format.number(r.byTeam[team] ?? 0)),
        ...(comparable ? [r.both ? t(i18n)`Yes` : ''] : []),
      ]),
  });
  const both = voted.filter((r) => r.both);
  if (both[0]) {
    const message = both[0].text;
    const segment = config.segment;
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 2,
      text: segment ? t(i18n)`Both teams chose “${message}” for ${segment}.` : t(i18n)`Both teams chose “${message}”.`,
      detail: teamVotesText(both[0], split.shown, labels),
    });
  }
  const lonely = oneTeamOnly(split);
  if (lonely.length > 0) {
    blocks.push({
      type: 'cards',
      title: t(i18n)`Messages only one team voted for`,
      groups: (['sales', 'marketing'] as const)
        .map((team) => {
          const name = labels[team];
          const count = lonely.filter((l) => l.team === team).length;
          return {
            title: t(i18n)`Only ${name} (${count})`,
            cards: lonely
              .filter((l) => l.team === team)
              .map((l) => {
                const votes = l.row.votes;
                const text = l.row.text;
                return { text: t(i18n)`${text} (${plural(votes, { one: '# vote', other: '# votes' })})`, team };
              }),
          };
        })
        .filter((g) => g.cards.length > 0),
    });
  }
  const hidden = teamCounts(results).filter((t) => t.suppressed);
  if (hidden.length > 0) {
    const names = hidden.map((t) => labels[t.team]).join(` ${t(i18n)`and`} `);
    blocks.push({
      type: 'paragraph',
      muted: true,
      text: t(i18n)`Split hidden for ${names}: fewer than the anonymity threshold voted. Their votes count in the totals.`,
    });
  }
  if (config.anonymous) blocks.push({ type: 'paragraph', muted: true, text: t(i18n)`Anonymous: messages are shown without names.` });
  return blocks;
}

export function describeMessaging(_config: MessagingConfig, itemKey: string, value: MessagingValue | null, board: unknown, i18n: I18n): ResponseText {
  if (itemKey.startsWith(VOTE_PREFIX)) {
    const m = readMessagingBoard(board).ballot.find((b) => b.id === itemKey.slice(VOTE_PREFIX.length));
    const text = m?.text;
    return { item: m ? t(i18n)`Vote: ${text}` : t(i18n)`A message no longer on the ballot`, value: t(i18n)`voted` };
  }
  return { item: t(i18n)`Message`, value: value && 'text' in value ? value.text : '' };
}
