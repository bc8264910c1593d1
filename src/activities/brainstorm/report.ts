import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { markableTeams } from '../kit/report';
import type { BrainstormBoard, BrainstormConfig } from './definition';
import type { BrainstormTally, CardValue } from './logic';
import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';

/** Brainstorm: the cards under the groups the facilitator made; no names when anonymous. */
export function brainstormReport({ config, results, board, nameOf, i18n }: ReportInput<BrainstormConfig, BrainstormTally>): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (config.prompt) blocks.push({ type: 'paragraph', text: config.prompt, muted: true });
  const agg = results;
  if (!agg || agg.overall.cards.length === 0) {
    blocks.push({ type: 'paragraph', text: t(i18n)`No cards yet.`, muted: true });
    return blocks;
  }
  const markable = markableTeams(agg);
  const clusters = (board as BrainstormBoard | null)?.clusters ?? [];
  const byKey = new Map(agg.overall.cards.map((c) => [c.key, c]));
  const show = (card: BrainstormTally['cards'][number]) => ({
    text: card.text,
    team: markable.has(card.team) ? card.team : null,
    author: config.anonymous || !card.authorId ? null : nameOf(card.authorId),
  });
  const placed = new Set<string>();
  const groups = clusters
    .map((cl) => {
      const cards = cl.cardKeys.map((k) => byKey.get(k)).filter((c) => c !== undefined);
      cards.forEach((c) => placed.add(c.key));
      return { name: cl.name, title: `${cl.name} (${cards.length})`, size: cards.length, cards: cards.map(show) };
    })
    .filter((g) => g.size > 0)
    .sort((a, b) => b.size - a.size);
  const loose = agg.overall.cards.filter((c) => !placed.has(c.key));
  const looseCount = loose.length;
  const biggestTheme = (theme: string) => t(i18n)`Biggest theme: ${theme}`;
  const cardCount = agg.overall.cards.length;
  const people = agg.n;
  const themes = groups.length;
  blocks.push({
    type: 'metrics',
    items: [
      { label: t(i18n)`${plural(cardCount, { one: 'card', other: 'cards' })}`, value: String(cardCount) },
      {
        label: config.anonymous
          ? t(i18n)`${plural(people, { one: 'person (anonymous)', other: 'people (anonymous)' })}`
          : t(i18n)`${plural(people, { one: 'person', other: 'people' })}`,
        value: String(people),
      },
      { label: t(i18n)`${plural(themes, { one: 'theme', other: 'themes' })}`, value: String(themes) },
    ],
  });
  const biggest = groups[0];
  const biggestSize = biggest?.size ?? 0;
  if (biggest && biggestSize >= 2) {
    blocks.push({
      type: 'finding',
      kind: 'insight',
      weight: 1 + biggest.size / Math.max(1, agg.overall.cards.length),
      text: biggestTheme(biggest.name),
      detail: t(i18n)`${plural(biggestSize, { one: `# card of ${cardCount}.`, other: `# cards of ${cardCount}.` })}`,
    });
  }
  blocks.push({
    type: 'cards',
    title: groups.length ? t(i18n)`Themes` : t(i18n)`Cards`,
    groups: [
      ...groups.map(({ title, cards }) => ({ title, cards })),
      ...(loose.length ? [{ title: groups.length ? t(i18n)`Not grouped (${looseCount})` : t(i18n)`All cards (${looseCount})`, cards: loose.map(show) }] : []),
    ],
  });
  if (config.anonymous) blocks.push({ type: 'paragraph', muted: true, text: t(i18n)`Anonymous: cards are shown without names.` });
  return blocks;
}

export function describeBrainstorm(_config: BrainstormConfig, _itemKey: string, value: CardValue | null, _board: unknown, i18n: I18n): ResponseText {
  return { item: t(i18n)`Card`, value: value?.text ?? '' };
}
