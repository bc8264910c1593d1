import type { RunState } from './types';

// Whether an activity ran, by one rule the report states in the summary.

export const RUN_RULE = 'An activity counts as run when the room spent at least a minute on it or anyone answered; breaks are not counted.';

export interface RunFacts {
  /** On the projector now (the workshop is running). */
  current: boolean;
  /** Shown at least once. */
  visited: boolean;
  /** Before the activity on the projector now: passed over if never run. */
  passed: boolean;
  actualMinutes: number;
  answers: number;
}

export function runStateOf(f: RunFacts, finished: boolean): RunState {
  if (f.current) return 'current';
  if (f.actualMinutes >= 1 || f.answers > 0) return 'run';
  return finished || f.visited || f.passed ? 'skipped' : 'not-yet';
}

export const STATE_TEXT: Record<RunState, string> = { run: '', skipped: 'Skipped', current: 'In progress', 'not-yet': 'Not run yet' };

/** The one line a section shows instead of results, or null when it has results to show. */
export function oneLineOf(state: RunState, f: RunFacts, asksAnswers: boolean, hasOutcome: boolean): string | null {
  if (state === 'skipped') {
    return f.visited
      ? `Not run: it was on the screen for less than a minute and nobody answered.`
      : `Not run: the room spent no time on it and nobody answered.`;
  }
  if (state === 'run' && asksAnswers && f.answers === 0) {
    const time = `Ran for ${f.actualMinutes} minute${f.actualMinutes === 1 ? '' : 's'}`;
    return hasOutcome ? `${time}; nobody answered on their phones.` : `${time}; nobody answered, so there are no results.`;
  }
  return null;
}

/** "6 of 9 activities run; 3 skipped." (and, before the end, how many are still to come). */
export function runSummary(states: { state: RunState; title: string }[], finished: boolean): { run: number; total: number; skipped: number; text: string } {
  const total = states.length;
  const run = states.filter((s) => s.state === 'run' || s.state === 'current').length;
  const skipped = states.filter((s) => s.state === 'skipped');
  const toCome = states.filter((s) => s.state === 'not-yet').length;
  const parts = [`${run} of ${total} ${total === 1 ? 'activity' : 'activities'} run${finished ? '' : ' so far'}`];
  if (skipped.length > 0) parts.push(`${skipped.length} skipped (${skipped.map((s) => s.title).join('; ')})`);
  else if (finished) parts.push('none skipped');
  if (toCome > 0) parts.push(`${toCome} still to come`);
  return { run, total, skipped: skipped.length, text: `${parts.join('; ')}.` };
}
