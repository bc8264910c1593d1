import type { I18n } from '@lingui/core';
import { msg, ph } from '@lingui/core/macro';
import type { CardSortTally } from '../cardsort/logic';
import { distribution, topOf, type TeamComparison } from '../team-divergence';
import type { LeadSortConfig } from './definition';

/** A card counts as agreed when at least this share of the room put it in one column. */
export const AGREED_SHARE = 0.6;

export interface DraftParts {
  quality: string[];
  notSignal: string[];
  /** Cards to settle, with what people said it depends on. */
  open: { text: string; dependsOn: string[] }[];
}

/**
 * Sort the cards into what the room agreed on and what is still open. A card
 * is agreed when ≥ 60 % of everyone put it in one column and, where both
 * teams can be compared, both teams' most common column is that one.
 */
export function draftParts(config: LeadSortConfig, overall: CardSortTally, comparison: TeamComparison | null): DraftParts {
  const [quality, notSignal] = config.columns;
  const parts: DraftParts = { quality: [], notSignal: [], open: [] };
  for (const card of overall.cards) {
    if (card.total === 0) continue;
    const d = distribution(config.columns, card)!;
    const top = topOf(config.columns, d);
    const share = top ? (d[top] ?? 0) : 0;
    const split = comparison?.cards.find((c) => c.id === card.id)?.sameTop === false;
    const agreed = share >= AGREED_SHARE && !split;
    if (agreed && top === quality?.id) parts.quality.push(card.text);
    else if (agreed && top === notSignal?.id) parts.notSignal.push(card.text);
    else {
      // A split, a clear "depends", or no majority: still to settle, with what people said it depends on.
      parts.open.push({ text: card.text, dependsOn: [...new Set(card.notes.map((n) => n.trim()).filter(Boolean))].slice(0, 3) });
    }
  }
  return parts;
}

const list = (items: string[]) => items.map((t) => `- ${t}`).join('\n');

/** The editable first draft the facilitator starts from, in the language of `i18n` (the board's). */
export function draftDefinition(parts: DraftParts, i18n: I18n): string {
  const out: string[] = [];
  const quality = list(parts.quality);
  out.push(
    parts.quality.length > 0
      ? i18n._(msg`A quality lead shows one or more of these:\n${quality}`)
      : i18n._(msg`A quality lead shows: (the room did not agree on any signal yet)`),
  );
  const notSignal = list(parts.notSignal);
  if (parts.notSignal.length > 0) out.push(i18n._(msg`On their own, these do not make a lead worth a sales call:\n${notSignal}`));
  if (parts.open.length > 0) {
    const open = list(
      parts.open.map((o) => {
        const notes = o.dependsOn.join('; ');
        return o.dependsOn.length > 0 ? i18n._(msg`${ph({ signal: o.text })} (depends on: ${notes})`) : o.text;
      }),
    );
    out.push(i18n._(msg`Still to agree, and what it depends on:\n${open}`));
  }
  out.push(i18n._(msg`Sales follows up a quality lead within ___ working hours, and tells Marketing what happened to it.`));
  return out.join('\n\n');
}
