import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { markableTeams } from '../kit/report';
import type { BrainstormBoard, BrainstormConfig } from './definition';
import type { BrainstormTally, CardValue } from './logic';
import { plural } from '../kit/numbers';

/** Brainstorm: the cards under the groups the facilitator made; no names when anonymous. */
export function brainstormReport({ config, results, board, nameOf }: ReportInput<BrainstormConfig, BrainstormTally>): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (config.prompt) blocks.push({ type: 'paragraph', text: config.prompt, muted: true });
  const agg = results;
  if (!agg || agg.overall.cards.length === 0) {
    blocks.push({ type: 'paragraph', text: 'No cards yet.', muted: true });
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
      return { title: `${cl.name} (${cards.length})`, size: cards.length, cards: cards.map(show) };
    })
    .filter((g) => g.size > 0)
    .sort((a, b) => b.size - a.size);
  const loose = agg.overall.cards.filter((c) => !placed.has(c.key));
  blocks.push({
    type: 'metrics',
    items: [
      { label: agg.overall.cards.length === 1 ? 'card' : 'cards', value: String(agg.overall.cards.length) },
      { label: `${agg.n === 1 ? 'person' : 'people'}${config.anonymous ? ' (anonymous)' : ''}`, value: String(agg.n) },
      { label: groups.length === 1 ? 'theme' : 'themes', value: String(groups.length) },
    ],
  });
  const biggest = groups[0];
  if (biggest && biggest.size >= 2) {
    blocks.push({
      type: 'finding',
      kind: 'insight',
      weight: 1 + biggest.size / Math.max(1, agg.overall.cards.length),
      text: `Biggest theme: ${biggest.title.replace(/ \(\d+\)$/, '')}`,
      detail: `${plural(biggest.size, 'card')} of ${agg.overall.cards.length}.`,
    });
  }
  blocks.push({
    type: 'cards',
    title: groups.length ? 'Themes' : 'Cards',
    groups: [
      ...groups.map(({ title, cards }) => ({ title, cards })),
      ...(loose.length ? [{ title: groups.length ? `Not grouped (${loose.length})` : `All cards (${loose.length})`, cards: loose.map(show) }] : []),
    ],
  });
  if (config.anonymous) blocks.push({ type: 'paragraph', muted: true, text: 'Anonymous: cards are shown without names.' });
  return blocks;
}

export function describeBrainstorm(_config: BrainstormConfig, _itemKey: string, value: CardValue | null): ResponseText {
  return { item: 'Card', value: value?.text ?? '' };
}
