import type { ComponentType } from 'react';
import type { EditorProps } from './kit/editor';
import { speakingOnce } from './kit/views/speaking';
import { isActivityKind, type ActivityKind, type ConfigOf } from './registry';
import { BrainstormEditor } from './brainstorm/Editor';
import { MessagingEditor } from './messaging/Editor';
import { BreakEditor } from './break/Editor';
import { CardSortEditor } from './cardsort/Editor';
import { DotVoteEditor } from './dotvote/Editor';
import { RankingEditor } from './ranking/Editor';
import { SlideEditor } from './slide/Editor';
import { CompEditor } from './comp/Editor';
import { CommitmentsEditor } from './commitments/Editor';
import { PersonaEditor } from './persona/Editor';
import { BuyingMapEditor } from './buyingmap/Editor';
import { LeadSortEditor } from './leadsort/Editor';
import { KpiSortEditor } from './kpisort/Editor';
import { RetroEditor } from './retro/Editor';
import { PulseEditor } from './pulse/Editor';
import { ReviewEditor } from './review/Editor';

/** What the list of editors must hold: one editor per kind, for that kind's config. */
export type ActivityEditors = { [K in ActivityKind]: ComponentType<EditorProps<ConfigOf<K>>> };

/** The planning-time config editor of each activity kind (every kind has one: the compiler checks). */
export const ACTIVITY_EDITORS = {
  slide: SlideEditor,
  brainstorm: BrainstormEditor,
  messaging: MessagingEditor,
  dotvote: DotVoteEditor,
  cardsort: CardSortEditor,
  ranking: RankingEditor,
  break: BreakEditor,
  persona: PersonaEditor,
  buyingmap: BuyingMapEditor,
  comp: CompEditor,
  commitments: CommitmentsEditor,
  leadsort: LeadSortEditor,
  kpisort: KpiSortEditor,
  retro: RetroEditor,
  pulse: PulseEditor,
  review: ReviewEditor,
} satisfies ActivityEditors;

/** The editor of a kind named at run time; the kind's types are let go here (see viewsFor). */
export function findEditor(kind: string): ComponentType<EditorProps<unknown>> | undefined {
  // Under a Lingui provider: English where the planner has none yet (kit/views/speaking.tsx).
  return isActivityKind(kind) ? speakingOnce(ACTIVITY_EDITORS[kind] as ComponentType<EditorProps<unknown>>) : undefined;
}

export type { EditorProps } from './kit/editor';
