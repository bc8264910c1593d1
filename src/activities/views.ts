import type { ActivityViews } from './view-types';
import { SlidePresenter } from './slide/Presenter';
import { BreakPresenter } from './break/Presenter';
import { BrainstormPresenter } from './brainstorm/Presenter';
import { BrainstormParticipant } from './brainstorm/Participant';
import { BrainstormResults } from './brainstorm/Results';
import { BrainstormBoardView } from './brainstorm/Board';
import { DotVotePresenter } from './dotvote/Presenter';
import { DotVoteParticipant } from './dotvote/Participant';
import { DotVoteResults } from './dotvote/Results';
import { CardSortPresenter } from './cardsort/Presenter';
import { CardSortParticipant } from './cardsort/Participant';
import { CardSortResults } from './cardsort/Results';
import { RankingPresenter } from './ranking/Presenter';
import { RankingParticipant } from './ranking/Participant';
import { RankingResults } from './ranking/Results';
import { LeadSortResults } from './leadsort/Results';
import { LeadSortBoardView } from './leadsort/Board';
import { KpiSortPresenter } from './kpisort/Presenter';
import { KpiSortResults } from './kpisort/Results';
import { KpiSortBoardView } from './kpisort/Board';
import { RetroPresenter } from './retro/Presenter';
import { RetroParticipant } from './retro/Participant';
import { RetroResults } from './retro/Results';
import { RetroBoardView } from './retro/Board';
import { CompPresenter } from './comp/Presenter';
import { CompParticipant } from './comp/Participant';
import { CompResults } from './comp/Results';
import { CompBoardView } from './comp/Board';
import { CommitmentsPresenter } from './commitments/Presenter';
import { CommitmentsParticipant } from './commitments/Participant';
import { CommitmentsResults } from './commitments/Results';
import { CommitmentsBoardView } from './commitments/Board';
import { PersonaPresenter } from './persona/Presenter';
import { PersonaParticipant } from './persona/Participant';
import { PersonaResults } from './persona/Results';
import { PersonaBoardView } from './persona/Board';
import { BuyingMapPresenter } from './buyingmap/Presenter';
import { BuyingMapParticipant } from './buyingmap/Participant';
import { BuyingMapResults } from './buyingmap/Results';
import { BuyingMapBoardView } from './buyingmap/Board';
import './views.css';

/** The run-time views of each activity kind: projector, participant, results, facilitator board. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ACTIVITY_VIEWS: Record<string, ActivityViews<any>> = {
  slide: { Presenter: SlidePresenter },
  brainstorm: { Presenter: BrainstormPresenter, Participant: BrainstormParticipant, Results: BrainstormResults, Board: BrainstormBoardView },
  dotvote: { Presenter: DotVotePresenter, Participant: DotVoteParticipant, Results: DotVoteResults },
  cardsort: { Presenter: CardSortPresenter, Participant: CardSortParticipant, Results: CardSortResults },
  ranking: { Presenter: RankingPresenter, Participant: RankingParticipant, Results: RankingResults },
  break: { Presenter: BreakPresenter },
  persona: { Presenter: PersonaPresenter, Participant: PersonaParticipant, Results: PersonaResults, Board: PersonaBoardView },
  buyingmap: { Presenter: BuyingMapPresenter, Participant: BuyingMapParticipant, Results: BuyingMapResults, Board: BuyingMapBoardView },
  comp: { Presenter: CompPresenter, Participant: CompParticipant, Results: CompResults, Board: CompBoardView },
  commitments: { Presenter: CommitmentsPresenter, Participant: CommitmentsParticipant, Results: CommitmentsResults, Board: CommitmentsBoardView },
  leadsort: { Presenter: CardSortPresenter, Participant: CardSortParticipant, Results: LeadSortResults, Board: LeadSortBoardView },
  kpisort: { Presenter: KpiSortPresenter, Participant: CardSortParticipant, Results: KpiSortResults, Board: KpiSortBoardView },
  retro: { Presenter: RetroPresenter, Participant: RetroParticipant, Results: RetroResults, Board: RetroBoardView },
};

export function viewsFor(kind: string): ActivityViews<unknown> | undefined {
  return Object.hasOwn(ACTIVITY_VIEWS, kind) ? ACTIVITY_VIEWS[kind] : undefined;
}

export type { ActivityViews } from './view-types';
