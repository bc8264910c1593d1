import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ActivityDefinition } from '../../activities/types';

// Each exercise's name, as the report's agenda and section lines print it, in the workshop's
// language. The definitions keep their English label; a kind not listed here prints that.

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
