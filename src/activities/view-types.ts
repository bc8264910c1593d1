import type { ComponentType } from 'react';
import type { Activity, Participant } from '../shared/domain';
import type { ActivityResults } from '../shared/api/contract';

// What each engine's React views receive. Views are presentational: data in,
// callbacks out. Only the store talks to the API.

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
}

export interface ResultsViewProps<Config = unknown> {
  activity: Activity;
  config: Config;
  results: ActivityResults;
  /** Names for the console; the projector never gets them. */
  participants?: readonly Pick<Participant, 'id' | 'name' | 'team'>[];
  /** 'projector': huge type, dark theme; 'console': dense, light theme. */
  surface: 'projector' | 'console';
}

export interface PresenterViewProps<Config = unknown> {
  activity: Activity;
  config: Config;
}

export interface BoardViewProps<Config = unknown> {
  activity: Activity;
  config: Config;
  results: ActivityResults;
  board: unknown;
  onChange(board: unknown): void;
  announce(message: string): void;
}

export interface ActivityViews<Config = unknown> {
  /** What the room sees before results are revealed (the prompt, the cards...). */
  Presenter: ComponentType<PresenterViewProps<Config>>;
  /** Where one person answers (shared screen or phone). Absent for slides and breaks. */
  Participant?: ComponentType<ParticipantViewProps<Config>>;
  /** Charts and tables of the results. */
  Results?: ComponentType<ResultsViewProps<Config>>;
  /** The facilitator's working surface while running it (e.g. grouping brainstorm cards). */
  Board?: ComponentType<BoardViewProps<Config>>;
}
