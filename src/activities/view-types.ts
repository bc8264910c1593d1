import type { ComponentType } from 'react';
import type { ActionItem, Activity, Participant } from '../shared/domain';
import type { ActivityResults } from '../shared/api/contract';
import type { Aggregate } from './aggregate';
import type { ReviewMarkInput, ReviewSource } from '../shared/review';
import type { SeriesTrends } from '../shared/trends';

// What each engine's React views receive. Views are presentational: data in,
// callbacks out. Only the store talks to the API. Props are typed by the
// engine's Config and Tally (and Board for what a board writes): registry
// lists check each view against its kind's definition, so views need no casts.

/** An activity's results with its kind's tally (`ActivityResults` as the API sends it, typed). */
export type ResultsOf<Tally = unknown> = Omit<ActivityResults, 'aggregate'> & { aggregate: Aggregate<Tally> | null };

export interface ParticipantViewProps<Config = unknown> {
  activity: Activity;
  config: Config;
  participant: Pick<Participant, 'id' | 'name' | 'team'>;
  /** This participant's saved answers, by item key. */
  mine: Record<string, unknown>;
  locked: boolean;
  /**
   * Save one answer (null takes it back). Resolves once the server has
   * committed it; rejects with an Error whose message a person can read.
   */
  submit(itemKey: string, value: unknown): Promise<void>;
  /** Say something to screen-reader users (polite live region). */
  announce(message: string): void;
  /**
   * What the facilitator has opened to the room, from the definition's
   * `shared(config, board)` (e.g. which poll is live). Never other people's
   * answers. Absent where the page does not pass it: views must still work.
   */
  shared?: unknown;
}

export interface ResultsViewProps<Config = unknown, Tally = unknown> {
  activity: Activity;
  config: Config;
  results: ResultsOf<Tally>;
  /** Names for the console; the projector never gets them. */
  participants?: readonly Pick<Participant, 'id' | 'name' | 'team'>[];
  /** 'projector': huge type, dark theme; 'console': dense, light theme. */
  surface: 'projector' | 'console';
  /** The facilitator's board for this activity (clusters, agreed notes...), when the page has it. */
  board?: unknown;
  /** The workshop's action items, for results that list commitments. */
  actionItems?: readonly ActionItem[];
  /** Series trends (#18): for a workshop in a series, its series up to and including it (series:trends), when the page has them. */
  trends?: SeriesTrends;
}

export interface PresenterViewProps<Config = unknown> {
  activity: Activity;
  config: Config;
  /** The facilitator's board (e.g. which view of a simulator is on screen), when the page has it. */
  board?: unknown;
  /** Series trends (#18), as the Results views get them: for a workshop in a series, its series up to and including it. */
  trends?: SeriesTrends;
}

export interface BoardViewProps<Config = unknown, Tally = unknown, Board = unknown> {
  activity: Activity;
  config: Config;
  results: ResultsOf<Tally>;
  /** The board as stored (read it with the kind's board reader). */
  board: unknown;
  /** `base`: the board the edit was made on, when it is not the board given (a field typed into while another console saved). */
  onChange(board: Board, base?: unknown): void;
  announce(message: string): void;
  /** The workshop's roster, for boards that pair or assign people (e.g. job shadowing). */
  participants?: readonly Pick<Participant, 'id' | 'name' | 'team'>[];
  /** The workshop's action items, for boards that write commitments into them. Absent: the board says so. */
  actionItems?: ActionItemsPort;
  /** For the commitments review: where it stands in its series and how to bring in and mark commitments. Absent: the board says so. */
  review?: ReviewPort;
  /** Series trends (#18), as the Results views get them (e.g. the review's follow-through per earlier workshop). */
  trends?: SeriesTrends;
}

/** A commitments review's link to the core (#18); the page wires these to review:status/pull/mark. */
export interface ReviewPort {
  /** null while loading (or when it could not be read). */
  source: ReviewSource | null;
  pull(): Promise<void>;
  /** Resolves to null when saved, or a sentence saying why not. */
  mark(itemId: string, patch: Omit<ReviewMarkInput, 'activityId' | 'itemId'>): Promise<string | null>;
}

/** Action items as a board may edit them; the page wires these to actionItem:add/update/remove. */
export interface ActionItemsPort {
  items: readonly ActionItem[];
  add(input: { text: string; owner: string; dueDate: string | null }): Promise<void>;
  update(id: string, patch: Partial<Pick<ActionItem, 'text' | 'owner' | 'dueDate' | 'status'>>): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface ActivityViews<Config = unknown, Tally = unknown, Board = unknown> {
  /** What the room sees before results are revealed (the prompt, the cards...). */
  Presenter: ComponentType<PresenterViewProps<Config>>;
  /** Where one person answers (shared screen or phone). Absent for slides and breaks. */
  Participant?: ComponentType<ParticipantViewProps<Config>>;
  /** Charts and tables of the results. */
  Results?: ComponentType<ResultsViewProps<Config, Tally>>;
  /** The facilitator's working surface while running it (e.g. grouping brainstorm cards). */
  Board?: ComponentType<BoardViewProps<Config, Tally, Board>>;
}
