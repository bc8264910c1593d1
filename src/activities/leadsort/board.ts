import type { I18n } from '@lingui/core';
import type { ResultsOf } from '../view-types';
import type { CardSortTally } from '../cardsort/logic';
import { compareTeams, type TeamComparison } from '../team-divergence';
import { twoTeams } from '../kit/views/teams';
import { LeadSortBoard, type LeadSortConfig } from './definition';
import { readBoard } from '../board-versions';

export function readLeadBoard(board: unknown): LeadSortBoard {
  return readBoard('leadsort', { board }, { schema: LeadSortBoard, initial: (): LeadSortBoard => ({ definition: '', onScreen: 'results' }) });
}

/** Sales against Marketing, card by card, or why the comparison cannot be shown. */
export function comparisonOf(config: LeadSortConfig, results: ResultsOf<CardSortTally>, i18n: I18n): TeamComparison | { why: string } {
  const pair = twoTeams(results, i18n);
  if ('why' in pair) return pair;
  return compareTeams(config.columns, config.cards, pair.sales.result, pair.marketing.result);
}
