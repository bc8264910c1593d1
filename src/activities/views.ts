import type { ActivityViews } from './view-types';
import { PARTICIPANT_VIEWS as P } from './participant-views';
import { SlidePresenter } from './slide/Presenter';
import { BreakPresenter } from './break/Presenter';
import { BrainstormPresenter } from './brainstorm/Presenter';
import { BrainstormResults } from './brainstorm/Results';
import { BrainstormBoardView } from './brainstorm/Board';
import { DotVotePresenter } from './dotvote/Presenter';
import { DotVoteResults } from './dotvote/Results';
import { CardSortPresenter } from './cardsort/Presenter';
import { CardSortResults } from './cardsort/Results';
import { RankingPresenter } from './ranking/Presenter';
import { RankingResults } from './ranking/Results';
import { LeadSortResults } from './leadsort/Results';
import { LeadSortBoardView } from './leadsort/Board';
import { KpiSortPresenter } from './kpisort/Presenter';
import { KpiSortResults } from './kpisort/Results';
import { KpiSortBoardView } from './kpisort/Board';
import { RetroPresenter } from './retro/Presenter';
import { RetroResults } from './retro/Results';
import { RetroBoardView } from './retro/Board';
import { CompPresenter } from './comp/Presenter';
import { CompResults } from './comp/Results';
import { CompBoardView } from './comp/Board';
import { CommitmentsPresenter } from './commitments/Presenter';
import { CommitmentsResults } from './commitments/Results';
import { CommitmentsBoardView } from './commitments/Board';
import { PersonaPresenter } from './persona/Presenter';
import { PersonaResults } from './persona/Results';
import { PersonaBoardView } from './persona/Board';
import { BuyingMapPresenter } from './buyingmap/Presenter';
import { BuyingMapResults } from './buyingmap/Results';
import { BuyingMapBoardView } from './buyingmap/Board';
import './views.css';

/** The run-time views of each activity kind: projector, participant, results, facilitator board. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ACTIVITY_VIEWS: Record<string, ActivityViews<any>> = {
  slide: { Presenter: SlidePresenter },
  brainstorm: { Presenter: BrainstormPresenter, Participant: P.brainstorm, Results: BrainstormResults, Board: BrainstormBoardView },
  dotvote: { Presenter: DotVotePresenter, Participant: P.dotvote, Results: DotVoteResults },
  cardsort: { Presenter: CardSortPresenter, Participant: P.cardsort, Results: CardSortResults },
  ranking: { Presenter: RankingPresenter, Participant: P.ranking, Results: RankingResults },
  break: { Presenter: BreakPresenter },
  persona: { Presenter: PersonaPresenter, Participant: P.persona, Results: PersonaResults, Board: PersonaBoardView },
  buyingmap: { Presenter: BuyingMapPresenter, Participant: P.buyingmap, Results: BuyingMapResults, Board: BuyingMapBoardView },
  comp: { Presenter: CompPresenter, Participant: P.comp, Results: CompResults, Board: CompBoardView },
  commitments: { Presenter: CommitmentsPresenter, Participant: P.commitments, Results: CommitmentsResults, Board: CommitmentsBoardView },
  leadsort: { Presenter: CardSortPresenter, Participant: P.leadsort, Results: LeadSortResults, Board: LeadSortBoardView },
  kpisort: { Presenter: KpiSortPresenter, Participant: P.kpisort, Results: KpiSortResults, Board: KpiSortBoardView },
  retro: { Presenter: RetroPresenter, Participant: P.retro, Results: RetroResults, Board: RetroBoardView },
};

export function viewsFor(kind: string): ActivityViews<unknown> | undefined {
  return Object.hasOwn(ACTIVITY_VIEWS, kind) ? ACTIVITY_VIEWS[kind] : undefined;
}

export type { ActivityViews } from './view-types';
