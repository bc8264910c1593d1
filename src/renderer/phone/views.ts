import type { ComponentType } from 'react';
import type { ParticipantViewProps } from '../../activities/view-types';
import { BrainstormParticipant } from '../../activities/brainstorm/Participant';
import { CardSortParticipant } from '../../activities/cardsort/Participant';
import { CompParticipant } from '../../activities/comp/Participant';
import { CommitmentsParticipant } from '../../activities/commitments/Participant';
import { PersonaParticipant } from '../../activities/persona/Participant';
import { BuyingMapParticipant } from '../../activities/buyingmap/Participant';
import { DotVoteParticipant } from '../../activities/dotvote/Participant';
import { RankingParticipant } from '../../activities/ranking/Participant';
import { RetroParticipant } from '../../activities/retro/Participant';
import '../../activities/views.css';

// The Participant views of ACTIVITY_VIEWS, imported one by one: the full
// registry also brings every projector, results and board view, which would
// push the phone bundle over its 150 KB budget. A test
// (test/renderer/run/phone-client.test.tsx) fails when a kind with a
// Participant view is missing here: add it in the same way.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const PHONE_VIEWS: Record<string, ComponentType<ParticipantViewProps<any>>> = {
  brainstorm: BrainstormParticipant,
  cardsort: CardSortParticipant,
  dotvote: DotVoteParticipant,
  ranking: RankingParticipant,
  comp: CompParticipant,
  leadsort: CardSortParticipant,
  kpisort: CardSortParticipant,
  retro: RetroParticipant,
  persona: PersonaParticipant,
  buyingmap: BuyingMapParticipant,
  commitments: CommitmentsParticipant,
};

export function phoneViewFor(kind: string): ComponentType<ParticipantViewProps<unknown>> | undefined {
  return Object.hasOwn(PHONE_VIEWS, kind) ? PHONE_VIEWS[kind] : undefined;
}
