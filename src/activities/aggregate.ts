import { TEAMS, type Team } from '../shared/domain';
import type { ActivityDefinition, StoredResponse } from './types';

export interface TeamResult<T = unknown> {
  team: Team;
  /** People of this team who responded. */
  n: number;
  /** True when n is below the workshop's anonymity threshold: result is then null. */
  suppressed: boolean;
  result: T | null;
}

export interface Aggregate<T = unknown> {
  /** People who responded at all. */
  n: number;
  overall: T;
  teams: TeamResult<T>[];
}

/**
 * Results overall and per team. A team with fewer respondents than the
 * threshold gets no result at all (not even to the facilitator), so a
 * small group never makes individuals identifiable. And because the overall
 * is shown, the smallest shown team is hidden too when the hidden people
 * number fewer than the threshold: otherwise the overall minus the shown
 * teams would give the small group's answers away (complementary
 * suppression, as survey tools do; see hiddenSplitReason for the words).
 */
export function aggregate<Config, Value, Tally>(
  def: Pick<ActivityDefinition<Config, Value, Tally>, 'responses'>,
  config: Config,
  responses: readonly StoredResponse<Value>[],
  threshold: number,
): Aggregate<Tally> | null {
  const engine = def.responses;
  if (!engine) return null;
  const people = (list: readonly StoredResponse<Value>[]) => new Set(list.map((r) => r.participantId)).size;
  const teams = TEAMS.map((team): TeamResult<Tally> => {
    const mine = responses.filter((r) => r.team === team);
    const n = people(mine);
    const suppressed = n > 0 && n < threshold;
    return { team, n, suppressed, result: suppressed || n === 0 ? null : engine.tally(config, mine) };
  });
  const hiddenPeople = teams.filter((t) => t.suppressed).reduce((sum, t) => sum + t.n, 0);
  if (hiddenPeople > 0 && hiddenPeople < threshold) {
    // The smallest shown team; on a tie, Other before Marketing before Sales (the comparison matters most).
    const complement = teams.filter((t) => !t.suppressed && t.n > 0).sort((a, b) => a.n - b.n || TEAMS.indexOf(b.team) - TEAMS.indexOf(a.team))[0];
    if (complement) Object.assign(complement, { suppressed: true, result: null });
  }
  return { n: people(responses), overall: engine.tally(config, responses), teams };
}

/** Reduce a stream of writes (last write wins per participant and item) to the stored set. */
export function applyResponses<V>(writes: readonly (Omit<StoredResponse<V>, 'value'> & { value: V | null })[]): StoredResponse<V>[] {
  const latest = new Map<string, StoredResponse<V> | null>();
  for (const w of writes) {
    const key = `${w.participantId}\u0000${w.itemKey}`;
    latest.delete(key);
    latest.set(key, w.value === null ? null : (w as StoredResponse<V>));
  }
  return [...latest.values()].filter((r): r is StoredResponse<V> => r !== null);
}
