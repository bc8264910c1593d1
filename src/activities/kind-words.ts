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

// Why you would use each exercise, as the planner's library and settings say it (its definition's `description`,
// in English there).
const KIND_DESCRIPTION: Readonly<Record<string, MessageDescriptor>> = {
  brainstorm: msg`Everyone adds short cards; you group them into themes together.`,
  break: msg`Coffee, air and hallway talk: often where the real alignment starts.`,
  buyingmap: msg`Walk the buyer’s journey per segment, with owners and the hand-off, and mark where deals stall, where we lose them and where content is missing.`,
  cardsort: msg`Everyone sorts the same cards into columns; where the teams differ is the finding.`,
  commitments: msg`Leave with job-shadowing pairs, a weekly report both ways, a joint meeting in the calendar and action items with owners.`,
  comp: msg`See how a rep is paid: the payout curve, a lumpy year of paychecks next to a salary, and what 95 % on the last day does to behaviour.`,
  dotvote: msg`Everyone spends a few dots on what matters most; priorities appear in minutes.`,
  kpisort: msg`Each person sorts the numbers into Marketing owns, Sales owns or Shared; then you agree owners and targets.`,
  leadsort: msg`Each person sorts lead signals into quality, not a signal, or depends; where Sales and Marketing split is the conversation.`,
  messaging: msg`Both teams write short messages for one segment, starting from what earlier workshops heard, then vote; results split by team.`,
  persona: msg`Describe sales the way marketing would describe a customer, then vote: does marketing’s picture of sales match sales’ own?`,
  pulse: msg`A short, anonymous rating of how Sales and Marketing work together; shows where the teams see things differently.`,
  ranking: msg`Everyone puts the options in order; the room ranking comes from all of them.`,
  retro: msg`Anonymous cards on what broke trust, what builds it and one small next step; group them into themes and dot-vote where to start.`,
  review: msg`Look back at what earlier workshops of the series committed to: mark each done, partly, not done or dropped, and carry the rest on.`,
  slide: msg`Set the scene or explain something, with a few points on the screen.`,
};

/** Why you would use a kind, in the interface language; a kind not listed here says its definition's description. */
export function kindDescription(i18n: I18n, kind: string, def: Pick<ActivityDefinition, 'description'> | undefined): string {
  const words = KIND_DESCRIPTION[kind];
  return words ? i18n._(words) : (def?.description ?? '');
}
