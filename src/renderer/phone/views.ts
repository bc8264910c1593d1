import type { ComponentType } from 'react';
import type { ParticipantViewProps } from '../../activities/view-types';
import { BrainstormParticipant } from '../../activities/brainstorm/Participant';
import { CardSortParticipant } from '../../activities/cardsort/Participant';
import { DotVoteParticipant } from '../../activities/dotvote/Participant';
import { RankingParticipant } from '../../activities/ranking/Participant';
import '../../activities/views.css';

// The Participant views of ACTIVITY_VIEWS, imported one by one so the phone
// bundle leaves out the projector, results and board views it never shows.
// A test checks this stays the same as ACTIVITY_VIEWS[kind].Participant.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const PHONE_VIEWS: Record<string, ComponentType<ParticipantViewProps<any>>> = {
  brainstorm: BrainstormParticipant,
  cardsort: CardSortParticipant,
  dotvote: DotVoteParticipant,
  ranking: RankingParticipant,
};

export function phoneViewFor(kind: string): ComponentType<ParticipantViewProps<unknown>> | undefined {
  return Object.hasOwn(PHONE_VIEWS, kind) ? PHONE_VIEWS[kind] : undefined;
}
