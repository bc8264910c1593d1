import type { ComponentType } from 'react';
import type { ActivityViews, BoardViewProps, PresenterViewProps, ResultsViewProps } from './view-types';
import { isActivityKind, type ActivityKind, type BoardKind, type BoardOf, type ConfigOf, type InteractiveKind, type TallyOf } from './registry';
import { PARTICIPANT_VIEWS as P, type ParticipantViewOf } from './participant-views';
import { SlidePresenter } from './slide/Presenter';
import { BreakPresenter } from './break/Presenter';
import { BrainstormPresenter } from './brainstorm/Presenter';
import { BrainstormResults } from './brainstorm/Results';
import { BrainstormBoardView } from './brainstorm/Board';
import { MessagingPresenter } from './messaging/Presenter';
import { MessagingResults } from './messaging/Results';
import { MessagingBoardView } from './messaging/Board';
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
import { PulsePresenter } from './pulse/Presenter';
import { PulseResults } from './pulse/Results';
import { ReviewPresenter } from './review/Presenter';
import { ReviewBoardView } from './review/Board';
import { PersonaResults } from './persona/Results';
import { PersonaBoardView } from './persona/Board';
import { BuyingMapPresenter } from './buyingmap/Presenter';
import { BuyingMapResults } from './buyingmap/Results';
import { BuyingMapBoardView } from './buyingmap/Board';
import { speakingOnce } from './kit/views/speaking';
import './views.css';

/**
 * The views a kind must have, from its definition: always a Presenter; a
 * Participant and Results exactly when people answer it; a Board exactly when
 * it keeps a board. Each typed by the kind's Config, Tally and Board.
 */
export type ViewsOf<K extends ActivityKind> = { Presenter: ComponentType<PresenterViewProps<ConfigOf<K>>> } & (K extends InteractiveKind
  ? { Participant: ParticipantViewOf<K>; Results: ComponentType<ResultsViewProps<ConfigOf<K>, TallyOf<K>>> }
  : { Participant?: never; Results?: never }) &
  (K extends BoardKind ? { Board: ComponentType<BoardViewProps<ConfigOf<K>, TallyOf<K>, BoardOf<K>>> } : { Board?: never });

/** What the list of views must hold: each kind's views, as its definition asks. */
export type ActivityViewList = { [K in ActivityKind]: ViewsOf<K> };

/** The run-time views of each activity kind: projector, participant, results, facilitator board. */
export const ACTIVITY_VIEWS = {
  slide: { Presenter: SlidePresenter },
  brainstorm: { Presenter: BrainstormPresenter, Participant: P.brainstorm, Results: BrainstormResults, Board: BrainstormBoardView },
  messaging: { Presenter: MessagingPresenter, Participant: P.messaging, Results: MessagingResults, Board: MessagingBoardView },
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
  pulse: { Presenter: PulsePresenter, Participant: P.pulse, Results: PulseResults },
  review: { Presenter: ReviewPresenter, Board: ReviewBoardView },
} satisfies ActivityViewList;

/**
 * The views of a kind named at run time (an activity read from the database).
 * The one place the kind's types are let go: the core tallies an activity's
 * answers with its own kind's definition, so its results fit its views.
 */
export function viewsFor(kind: string): ActivityViews | undefined {
  if (!isActivityKind(kind)) return undefined;
  let views = speakingViews.get(kind);
  if (!views) {
    const raw = ACTIVITY_VIEWS[kind] as ActivityViews;
    views = Object.fromEntries(Object.entries(raw).map(([name, View]) => [name, speakingOnce(View as ComponentType<object>)])) as unknown as ActivityViews;
    speakingViews.set(kind, views);
  }
  return views;
}

/** Each kind's views, each under a Lingui provider (English where the screen has none yet: kit/views/speaking.tsx). */
const speakingViews = new Map<ActivityKind, ActivityViews>();

export type { ActivityViews } from './view-types';
