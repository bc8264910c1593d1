import { useEffect, useRef, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { TimerState } from '../../../shared/run';
import { formatTimer, timerRemainingMs } from '../../../shared/run';
import { minutesShort, timerWords } from '../../i18n/format';
import { Button } from '../../../ui/Button';
import { useAnnounce } from '../../components/run/live-announcer';
import { playChime, setSoundOn, soundOn } from './chime';

interface Props {
  timer: TimerState;
  now: number;
  disabled: boolean;
  onAction(action: 'toggle' | 'addMinute' | 'reset'): void;
}

/** The facilitator's timer: big digits, a warning in the last minute, a soft chime at zero. */
export function ConsoleTimer({ timer, now, disabled, onAction }: Props) {
  const remaining = timerRemainingMs(timer, now);
  const running = timer.runningSince !== null;
  const [sound, setSound] = useState(soundOn);
  const announce = useAnnounce();
  const { t, i18n } = useLingui();
  const previous = useRef(remaining);

  // Only the two moments that matter are said: start, pause and the rest are said by the
  // console's announcer from the run state, and the ticks in between stay quiet.
  useEffect(() => {
    const before = previous.current;
    previous.current = remaining;
    if (!running) return;
    if (before > 0 && remaining <= 0) {
      if (sound) playChime();
      announce(t`Time is up.`);
    } else if (before > 60_000 && remaining <= 60_000) announce(t`One minute left.`);
  }, [remaining, running, sound, announce, t]);

  const tone = remaining <= 0 ? 'over' : remaining <= 60_000 ? 'warning' : 'normal';
  return (
    <section className={`console-timer tone-${tone}`} aria-labelledby="timer-heading">
      <h2 id="timer-heading" className="visually-hidden">
        <Trans>Timer</Trans>
      </h2>
      <div className="timer-digits tabular" role="timer" aria-label={timerWords(i18n, remaining)}>
        {formatTimer(remaining)}
      </div>
      <p className="timer-state">
        {remaining <= 0 ? (
          <Trans>Over time</Trans>
        ) : remaining <= 60_000 ? (
          <Trans>Last minute</Trans>
        ) : running ? (
          <Trans>Running</Trans>
        ) : timer.elapsedMs > 0 ? (
          <Trans>Paused</Trans>
        ) : (
          <Trans>Not started</Trans>
        )}
      </p>
      <div className="timer-controls">
        <Button variant={running ? 'secondary' : 'primary'} icon={running ? 'pause' : 'play'} onClick={() => onAction('toggle')} disabled={disabled}>
          {running ? <Trans>Pause</Trans> : timer.elapsedMs > 0 ? <Trans>Resume</Trans> : <Trans>Start timer</Trans>}
        </Button>
        <Button icon="plus" onClick={() => onAction('addMinute')} disabled={disabled}>
          {minutesShort(i18n, 1)}
        </Button>
        <Button icon="reset" variant="ghost" onClick={() => onAction('reset')} disabled={disabled}>
          <Trans>Reset</Trans>
        </Button>
        <Button
          variant="ghost"
          icon={sound ? 'sound' : 'mute'}
          aria-pressed={!sound}
          onClick={() => {
            setSoundOn(!sound);
            setSound(!sound);
          }}
        >
          {sound ? <Trans>Chime on</Trans> : <Trans>Chime off</Trans>}
        </Button>
      </div>
    </section>
  );
}
