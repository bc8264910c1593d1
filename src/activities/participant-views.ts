import type { ComponentType } from 'react';
import type { ParticipantViewProps } from './view-types';
import { isActivityKind, type ConfigOf, type InteractiveKind } from './registry';
import { BrainstormParticipant } from './brainstorm/Participant';
import { MessagingParticipant } from './messaging/Participant';
import { CardSortParticipant } from './cardsort/Participant';
import { CompParticipant } from './comp/Participant';
import { CommitmentsParticipant } from './commitments/Participant';
import { PersonaParticipant } from './persona/Participant';
import { BuyingMapParticipant } from './buyingmap/Participant';
import { DotVoteParticipant } from './dotvote/Participant';
import { RankingParticipant } from './ranking/Participant';
import { RetroParticipant } from './retro/Participant';
import { PulseParticipant } from './pulse/Participant';
import './views.css';

// How people answer, per kind: the one list of Participant views. The full
// registry (views.ts) takes its Participant views from here, and the phone
// bundle imports only this file, so phones never load projector, results or
// board views. Every kind people answer has an entry (the compiler checks);
// the others (slides, breaks) have none.

/** A kind's Participant view. */
export type ParticipantViewOf<K extends InteractiveKind> = ComponentType<ParticipantViewProps<ConfigOf<K>>>;

/** What the list must hold: a Participant view for every kind people answer, and no other. */
export type ParticipantViewList = { [K in InteractiveKind]: ParticipantViewOf<K> };

export const PARTICIPANT_VIEWS = {
  brainstorm: BrainstormParticipant,
  messaging: MessagingParticipant,
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
  pulse: PulseParticipant,
} satisfies ParticipantViewList;

/** The Participant view of a kind named at run time; the kind's types are let go here (see viewsFor). */
export function participantViewFor(kind: string): ComponentType<ParticipantViewProps> | undefined {
  return isActivityKind(kind) && Object.hasOwn(PARTICIPANT_VIEWS, kind)
    ? (PARTICIPANT_VIEWS[kind as keyof typeof PARTICIPANT_VIEWS] as ComponentType<ParticipantViewProps>)
    : undefined;
}
