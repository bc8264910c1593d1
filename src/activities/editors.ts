import type { ComponentType } from 'react';
import type { EditorProps } from './editor-kit';
import { BrainstormEditor } from './brainstorm/Editor';
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

/** The planning-time config editor of each activity kind. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ACTIVITY_EDITORS: Record<string, ComponentType<EditorProps<any>>> = {
  slide: SlideEditor,
  brainstorm: BrainstormEditor,
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
};

export function findEditor(kind: string): ComponentType<EditorProps<unknown>> | undefined {
  return ACTIVITY_EDITORS[kind];
}

export type { EditorProps } from './editor-kit';
