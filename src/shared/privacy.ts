// Who can be recognised in what an activity collects. One rule, used by the
// report, the CSV, the phone and in-room pages and the console, in the same
// words everywhere, so what people are told before they answer is exactly
// what the report does with it.

import { TEAM_LABEL, type TeamId as Team } from './teams';

/**
 * - anonymous: no name and no team next to a single answer (only counts, and
 *   team splits where enough of a team answered);
 * - team: answers are counted per team (Sales or Marketing) where enough of a
 *   team answered, never with a name;
 * - named: the person's name goes with their answers in the report and exports.
 */
export const NAMINGS = ['anonymous', 'team', 'named'] as const;
export type Naming = (typeof NAMINGS)[number];

/** How an activity kind treats names (declared by its engine). */
export type NamingPolicy =
  /** Names are the point (commitments, shadowing pairs, action items): always named, and the screens say so. */
  | 'named-by-nature'
  /** Honesty needs it (trust retro, persona): anonymous even when the workshop shows names. */
  | 'always-anonymous'
  /** Follows the workshop's "Names in the report and exports" setting, or the activity's own override. */
  | 'follows-workshop';

export interface NamingInput {
  policy: NamingPolicy;
  /** The engine says this configuration is anonymous (e.g. a brainstorm set to anonymous cards). */
  anonymousByConfig: boolean;
  /** The activity's own override, when the facilitator set one; null = follow the workshop. */
  override: Naming | null;
  /** The workshop setting "Names in the report and exports" (off by default). */
  namesInExports: boolean;
}

/** The naming in force for one activity. */
export function effectiveNaming(input: NamingInput): Naming {
  if (input.policy === 'named-by-nature') return 'named';
  if (input.policy === 'always-anonymous' || input.anonymousByConfig) return 'anonymous';
  if (input.override) return input.override;
  return input.namesInExports ? 'named' : 'team';
}

/** The short label, as the report and every answering screen print it. */
export const NAMING_LABEL: Record<Naming, string> = {
  anonymous: 'Anonymous',
  team: 'Team only',
  named: 'Named',
};

/** One short line for answering screens (phone, in-room page), in the report's words. */
export const NAMING_LINE: Record<Naming, string> = {
  anonymous: 'Anonymous: your name is never shown with your answers.',
  team: 'Team only: your answers count for your team, never with your name.',
  named: 'Named: your name is shown with your answers in the report.',
};

/**
 * Why a team's split is hidden, in the words every surface uses: too few of the team answered,
 * or (complementary suppression, see activities/aggregate.ts) showing it would let the answers
 * of a smaller hidden group be worked out from the total.
 */
export function hiddenSplitReason(team: Team, teams: readonly { team: Team; n: number; suppressed: boolean }[], threshold: number): string {
  const mine = teams.find((t) => t.team === team);
  if (!mine || mine.n < threshold) return `${TEAM_LABEL[team]} split hidden: fewer than ${threshold} answered`;
  const small = teams.filter((t) => t.suppressed && t.n > 0 && t.n < threshold);
  const people = small.reduce((sum, t) => sum + t.n, 0);
  const who = small.map((t) => TEAM_LABEL[t.team]).join(' and ');
  return `${TEAM_LABEL[team]} split hidden too: with it, the answers of the ${people} ${people === 1 ? 'person' : 'people'} from ${who} could be worked out from the total`;
}
