import { useEffect, useRef, useState } from 'react';
import type { TimerState } from '../../../shared/run';
import { formatTimer, timerInWords, timerRemainingMs } from '../../../shared/run';
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
  const previous = useRef(remaining);

  // Only the two moments that matter are said: start, pause and the rest are said by the
  // console's announcer from the run state, and the ticks in between stay quiet.
  useEffect(() => {
    const before = previous.current;
    previous.current = remaining;
    if (!running) return;
    if (before > 0 && remaining <= 0) {
      if (sound) playChime();
      announce('Time is up.');
    } else if (before > 60_000 && remaining <= 60_000) announce('One minute left.');
  }, [remaining, running, sound, announce]);

  const tone = remaining <= 0 ? 'over' : remaining <= 60_000 ? 'warning' : 'normal';
  return (
    <section className={`console-timer tone-${tone}`} aria-labelledby="timer-heading">
      <h2 id="timer-heading" className="visually-hidden">
        Timer
      </h2>
      <div className="timer-digits tabular" role="timer" aria-label={timerInWords(remaining)}>
        {formatTimer(remaining)}
      </div>
      <p className="timer-state">
        {remaining <= 0 ? 'Over time' : remaining <= 60_000 ? 'Last minute' : running ? 'Running' : timer.elapsedMs > 0 ? 'Paused' : 'Not started'}
      </p>
      <div className="timer-controls">
        <Button variant={running ? 'secondary' : 'primary'} icon={running ? 'pause' : 'play'} onClick={() => onAction('toggle')} disabled={disabled}>
          {running ? 'Pause' : timer.elapsedMs > 0 ? 'Resume' : 'Start timer'}
        </Button>
        <Button icon="plus" onClick={() => onAction('addMinute')} disabled={disabled}>
          1 min
        </Button>
        <Button icon="reset" variant="ghost" onClick={() => onAction('reset')} disabled={disabled}>
          Reset
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
          {sound ? 'Chime on' : 'Chime off'}
        </Button>
      </div>
    </section>
  );
}
