import type { I18n } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import type { RunState } from './types';

// Whether an activity ran, by one rule the report states in the summary.

export const runRule = (i18n: I18n): string =>
  t(i18n)`An activity counts as run when the room spent at least a minute on it or anyone answered; breaks are not counted.`;

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

const STATE_TEXT = { skipped: msg`Skipped`, current: msg`In progress`, 'not-yet': msg`Not run yet` } as const;

/** "Skipped", "In progress", "Not run yet", or '' for an activity that ran. */
export const stateText = (i18n: I18n, state: RunState): string => (state === 'run' ? '' : i18n._(STATE_TEXT[state]));

/** The one line a section shows instead of results, or null when it has results to show. */
export function oneLineOf(i18n: I18n, state: RunState, f: RunFacts, asksAnswers: boolean, hasOutcome: boolean): string | null {
  if (state === 'skipped') {
    return f.visited
      ? t(i18n)`Not run: it was on the screen for less than a minute and nobody answered.`
      : t(i18n)`Not run: the room spent no time on it and nobody answered.`;
  }
  if (state === 'run' && asksAnswers && f.answers === 0) {
    const minutes = f.actualMinutes;
    return hasOutcome
      ? t(i18n)`${plural(minutes, { one: 'Ran for # minute', other: 'Ran for # minutes' })}; nobody answered on their phones.`
      : t(i18n)`${plural(minutes, { one: 'Ran for # minute', other: 'Ran for # minutes' })}; nobody answered, so there are no results.`;
  }
  return null;
}

/** "6 of 9 activities run; 3 skipped." (and, before the end, how many are still to come). */
export function runSummary(
  i18n: I18n,
  states: { state: RunState; title: string }[],
  finished: boolean,
): { run: number; total: number; skipped: number; text: string } {
  const total = states.length;
  const run = states.filter((s) => s.state === 'run' || s.state === 'current').length;
  const skipped = states.filter((s) => s.state === 'skipped');
  const toCome = states.filter((s) => s.state === 'not-yet').length;
  const parts = [
    finished
      ? t(i18n)`${run} of ${plural(total, { one: '# activity run', other: '# activities run' })}`
      : t(i18n)`${run} of ${plural(total, { one: '# activity run so far', other: '# activities run so far' })}`,
  ];
  const skippedCount = skipped.length;
  const titles = skipped.map((s) => s.title).join('; ');
  if (skippedCount > 0) parts.push(t(i18n)`${skippedCount} skipped (${titles})`);
  else if (finished) parts.push(t(i18n)`none skipped`);
  if (toCome > 0) parts.push(t(i18n)`${toCome} still to come`);
  return { run, total, skipped: skippedCount, text: `${parts.join('; ')}.` };
}
