import { useEffect, useRef } from 'react';
import type { Activity } from '../../../shared/domain';
import type { RunState } from '../../../shared/run';
import { describeDrift, scheduleDrift } from '../../../shared/run';
import { findDefinition } from '../../../activities/registry';

const minutes = (ms: number) => `${Math.round(ms / 60_000)}`;

/** The agenda in run mode: where we are, planned against actual, and the drift. */
export function ConsoleAgenda({ activities, run, now, onJump }: { activities: Activity[]; run: RunState; now: number; onJump(id: string): void }) {
  const { timings, driftMs } = scheduleDrift(activities, run, now);
  const position = activities.findIndex((a) => a.id === run.currentActivityId);
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
          Agenda
        </h2>
        <span className={`drift ${driftMs > 60_000 ? 'drift-behind' : driftMs < -60_000 ? 'drift-ahead' : ''}`} data-testid="drift">
          {describeDrift(driftMs)}
        </span>
      </div>
      {position >= 0 ? (
        <p className="console-position">
          Activity {position + 1} of {activities.length}
        </p>
      ) : null}
      <ol className="console-agenda-list">
        {activities.map((a, i) => {
          const t = timings[i]!;
          return (
            <li key={a.id}>
              <button
                type="button"
                className={`console-agenda-item${t.current ? ' is-current' : ''}${t.visited && !t.current ? ' is-done' : ''}`}
                aria-current={t.current ? 'step' : undefined}
                onClick={() => onJump(a.id)}
                disabled={run.status !== 'running'}
              >
                <span className="agenda-index tabular">{i + 1}</span>
                <span className="console-agenda-title">
                  <span>{a.title}</span>
                  <span className="console-agenda-kind">{findDefinition(a.kind)?.label ?? a.kind}</span>
                </span>
                <span className="console-agenda-times tabular" title="Actual / planned minutes">
                  {t.visited ? (
                    <>
                      <span className={t.actualMs > t.plannedMs ? 'over' : ''}>{minutes(t.actualMs)}</span> / {minutes(t.plannedMs)} min
                    </>
                  ) : (
                    <>{minutes(t.plannedMs)} min</>
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
