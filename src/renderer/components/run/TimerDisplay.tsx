import './run.css';
import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react';
import { clockInWords, timerWords } from '../../i18n/format';
import { useEffect, useRef, useState } from 'react';
import { formatTimer, timerRemainingMs, type TimerState } from '../../../shared/run';
import { useServerNow } from './useClock';

export type TimerPhase = 'ready' | 'running' | 'paused' | 'warning' | 'over';

export interface TimerDisplayProps {
  timer: TimerState | null | undefined;
  /** Server clock minus ours (from the run slice). */
  clockOffsetMs: number;
  /** 'projector': huge, dark; 'console': compact, light. */
  tone?: 'projector' | 'console';
  className?: string;
}

const LAST_MINUTE_MS = 60_000;

/** What the timer is doing, for colour and words. */
export function timerPhase(timer: TimerState, remainingMs: number): TimerPhase {
  const started = timer.runningSince !== null || timer.elapsedMs > 0;
  if (remainingMs <= 0 && started) return 'over';
  if (!started) return 'ready';
  if (remainingMs <= LAST_MINUTE_MS) return 'warning';
  return timer.runningSince ? 'running' : 'paused';
}

/**
 * Milestones worth saying out loud: each whole minute while running, the
 * moment time runs out, pause and resume. Anything else stays quiet so a
 * screen reader is not interrupted every second.
 */
function milestone(i18n: I18n, timer: TimerState, remainingMs: number): { key: string; words: string } {
  if (!timer.runningSince) {
    const started = timer.elapsedMs > 0;
    const left = timerWords(i18n, remainingMs);
    return { key: started ? 'paused' : 'ready', words: started ? t(i18n)`Timer paused, ${left}.` : '' };
  }
  if (remainingMs <= 0) return { key: 'over', words: t(i18n)`Time is up.` };
  const minutes = Math.ceil(remainingMs / 60_000);
  // Crossing into the bucket of N minutes means exactly N minutes are left.
  const left = timerWords(i18n, minutes * 60_000);
  return { key: `m${minutes}`, words: `${left}.` };
}

/** What a screen reader says for the timer in each phase ("Timer: 5 minutes, not started"). */
function spoken(i18n: I18n, phase: TimerPhase, remaining: number): string {
  if (phase === 'ready') {
    const time = clockInWords(i18n, remaining);
    return t(i18n)`Timer: ${time}, not started`;
  }
  const left = timerWords(i18n, remaining);
  return phase === 'paused' ? t(i18n)`Timer: ${left}, paused` : t(i18n)`Timer: ${left}`;
}

/** A countdown computed from the stored timer (never counted locally), with a polite spoken summary. */
export function TimerDisplay({ timer, clockOffsetMs, tone = 'projector', className }: TimerDisplayProps) {
  const { i18n } = useLingui();
  const now = useServerNow(Boolean(timer?.runningSince), clockOffsetMs);
  const remaining = timer ? timerRemainingMs(timer, now) : 0;
  const { key, words } = timer ? milestone(i18n, timer, remaining) : { key: 'none', words: '' };
  const [said, setSaid] = useState('');
  const lastKey = useRef(key);

  useEffect(() => {
    if (lastKey.current === key) return;
    lastKey.current = key;
    if (words) setSaid(words);
  }, [key, words]);

  if (!timer || timer.durationMs <= 0) return null;
  const phase = timerPhase(timer, remaining);
  const label = {
    ready: t(i18n)`Timer`,
    running: t(i18n)`Time left`,
    paused: t(i18n)`Paused`,
    warning: t(i18n)`Last minute`,
    over: t(i18n)`Over time`,
  }[phase];

  return (
    <div className={['cg-timer', `cg-timer-${tone}`, `cg-timer-${phase}`, className].filter(Boolean).join(' ')} data-phase={phase}>
      <span className="cg-timer-label" aria-hidden="true">
        {label}
      </span>
      <span className="cg-timer-digits" aria-hidden="true">
        {formatTimer(remaining)}
      </span>
      <span className="cg-timer-sr">{spoken(i18n, phase, remaining)}</span>
      <span className="cg-timer-sr" aria-live="polite" aria-atomic="true" data-testid="timer-announcer">
        {said}
      </span>
    </div>
  );
}
