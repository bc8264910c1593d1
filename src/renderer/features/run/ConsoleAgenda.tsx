import { useEffect, useRef } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Activity } from '../../../shared/domain';
import type { RunState } from '../../../shared/run';
import { scheduleDrift } from '../../../shared/run';
import { driftWords, minutesShort } from '../../i18n/format';
import { findDefinition } from '../../../activities/registry';
import { kindWord } from '../../../activities/kind-words';

/** Whole minutes, as a number in the interface's language. */
const minutes = (ms: number) => Math.round(ms / 60_000);

/** The agenda in run mode: where we are, planned against actual, and the drift. */
export function ConsoleAgenda({ activities, run, now, onJump }: { activities: Activity[]; run: RunState; now: number; onJump(id: string): void }) {
  const { t, i18n } = useLingui();
  const { timings, driftMs } = scheduleDrift(activities, run, now);
  const position = activities.findIndex((a) => a.id === run.currentActivityId);
  const shownPosition = i18n.number(position + 1);
  const count = i18n.number(activities.length);
  const nav = useRef<HTMLElement>(null);
  // The agenda scrolls inside itself on a laptop: keep the current activity in its view (never scrolls the page).
  useEffect(() => {
    const box = nav.current;
    const item = box?.querySelector('[aria-current="step"]');
    if (!box || !item) return;
    const outer = box.getBoundingClientRect();
    const inner = item.getBoundingClientRect();
    if (inner.top < outer.top || inner.bottom > outer.bottom) box.scrollTop += inner.top - outer.top - outer.height / 3;
  }, [run.currentActivityId]);
  return (
    // When the run is not live its buttons are disabled: the list itself takes the focus so it can still be scrolled by keyboard.
    <nav ref={nav} className="console-agenda panel" aria-labelledby="console-agenda-heading" tabIndex={run.status === 'running' ? undefined : 0}>
      <div className="panel-header">
        <h2 id="console-agenda-heading" className="panel-title">
          <Trans>Agenda</Trans>
        </h2>
        <span className={`drift ${driftMs > 60_000 ? 'drift-behind' : driftMs < -60_000 ? 'drift-ahead' : ''}`} data-testid="drift">
          {driftWords(i18n, driftMs)}
        </span>
      </div>
      {position >= 0 ? (
        <p className="console-position">
          <Trans>
            Activity {shownPosition} of {count}
          </Trans>
        </p>
      ) : null}
      <ol className="console-agenda-list">
        {activities.map((a, i) => {
          const time = timings[i]!;
          return (
            <li key={a.id}>
              <button
                type="button"
                className={`console-agenda-item${time.current ? ' is-current' : ''}${time.visited && !time.current ? ' is-done' : ''}`}
                aria-current={time.current ? 'step' : undefined}
                onClick={() => onJump(a.id)}
                disabled={run.status !== 'running'}
              >
                <span className="agenda-index tabular">{i + 1}</span>
                <span className="console-agenda-title">
                  <span>{a.title}</span>
                  <span className="console-agenda-kind">{kindWord(i18n, a.kind, findDefinition(a.kind))}</span>
                </span>
                <span className="console-agenda-times tabular" title={t`Actual / planned minutes`}>
                  {time.visited ? (
                    <>
                      <span className={time.actualMs > time.plannedMs ? 'over' : ''}>{i18n.number(minutes(time.actualMs))}</span> /{' '}
                      {minutesShort(i18n, minutes(time.plannedMs))}
                    </>
                  ) : (
                    <>{minutesShort(i18n, minutes(time.plannedMs))}</>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
