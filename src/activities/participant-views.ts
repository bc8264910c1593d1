import type { ComponentType } from 'react';
import type { ParticipantViewProps } from './view-types';
import { BrainstormParticipant } from './brainstorm/Participant';
import { CardSortParticipant } from './cardsort/Participant';
import { CompParticipant } from './comp/Participant';
import { CommitmentsParticipant } from './commitments/Participant';
import { PersonaParticipant } from './persona/Participant';
import { BuyingMapParticipant } from './buyingmap/Participant';
import { DotVoteParticipant } from './dotvote/Participant';
import { RankingParticipant } from './ranking/Participant';
import { RetroParticipant } from './retro/Participant';
import './views.css';

// How people answer, per kind: the one list of Participant views. The full
// registry (views.ts) takes its Participant views from here, and the phone
// bundle imports only this file, so phones never load projector, results or
// board views. Kinds without an entry (slides, breaks) take no answers.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const PARTICIPANT_VIEWS: Record<string, ComponentType<ParticipantViewProps<any>>> = {
  brainstorm: BrainstormParticipant,
  dotvote: DotVoteParticipant,
  cardsort: CardSortParticipant,
  ranking: RankingParticipant,
  persona: PersonaParticipant,
  buyingmap: BuyingMapParticipant,
  comp: CompParticipant,
  commitments: CommitmentsParticipant,
  leadsort: CardSortParticipant,
  kpisort: CardSortParticipant,
  retro: RetroParticipant,
};

export function participantViewFor(kind: string): ComponentType<ParticipantViewProps<unknown>> | undefined {
  return Object.hasOwn(PARTICIPANT_VIEWS, kind) ? PARTICIPANT_VIEWS[kind] : undefined;
}
