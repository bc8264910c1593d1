import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ActivityDefinition } from './types';

// Each exercise's name in a language: the report's agenda and section lines (the workshop's language),
// the console and the planner (the interface language). The definitions keep their English label;
// a kind not listed here prints that.

const KIND_WORD: Readonly<Record<string, MessageDescriptor>> = {
  brainstorm: msg`Brainstorm`,
  break: msg`Break`,
  buyingmap: msg`Buying-process map`,
  cardsort: msg`Card sort`,
  commitments: msg`Commitments`,
  comp: msg`Sales compensation 101`,
  dotvote: msg`Dot vote`,
  kpisort: msg`Shared goals and KPIs`,
  leadsort: msg`Lead-quality sort`,
  messaging: msg`Messaging brainstorm`,
  persona: msg`The sales team as a persona`,
  pulse: msg`Alignment pulse`,
  ranking: msg`Ranking`,
  retro: msg`Trust retrospective`,
  review: msg`Commitments review`,
  slide: msg`Slide / talk`,
};

export function kindWord(i18n: I18n, kind: string, def: Pick<ActivityDefinition, 'label'> | undefined): string {
  const word = KIND_WORD[kind];
  return word ? i18n._(word) : (def?.label ?? kind);
}

// The title of each exercise's working surface in the console (its definition's `board.title`, in English there).
const BOARD_TITLE: Readonly<Record<string, MessageDescriptor>> = {
  buyingmap: msg`Map and friction`,
  commitments: msg`Commitments`,
  comp: msg`On the projector`,
  kpisort: msg`Our KPI table: owners and targets`,
  leadsort: msg`Draft: our definition of a quality lead`,
  messaging: msg`Messages and the vote`,
  persona: msg`Notes, vote and agreement`,
  retro: msg`Group the cards into themes, then open the vote`,
  review: msg`Mark each commitment`,
};

/** The console's title for a kind's board, in the interface language (null: the kind has none of its own). */
export function boardTitle(i18n: I18n, kind: string, def: Pick<ActivityDefinition, 'board'> | undefined): string | null {
  const word = BOARD_TITLE[kind];
  return word ? i18n._(word) : (def?.board?.title ?? null);
}
