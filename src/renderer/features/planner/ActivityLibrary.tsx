import { useState } from 'react';
import { ACTIVITY_DEFINITIONS } from '../../../activities/registry';
import { formatDuration } from '../../../shared/schedule';
import { useApp, useAppStore } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { useLiveRegion } from '../../components/run/live-announcer';
import { GuideDialog } from './GuideDialog';

const findLabel = (kind: string) => ACTIVITY_DEFINITIONS.find((d) => d.kind === kind)?.label ?? 'The activity';

/** Every activity kind, with why you would use it; "Add" appends it to the agenda. */
export function ActivityLibrary() {
  const addActivity = useApp((s) => s.addActivity);
  const store = useAppStore();
  const added = useLiveRegion('library-announcer');
  const [busy, setBusy] = useState<string | null>(null);
  const [guideKind, setGuideKind] = useState<string | null>(null);

  async function add(kind: string) {
    setBusy(kind);
    const id = await addActivity(kind);
    setBusy(null);
    if (id) {
      const list = store.getState().planner.detail?.activities ?? [];
      const at = list.findIndex((a) => a.id === id);
      const label = findLabel(kind);
      added.announce(at >= 0 ? `${label} added to the agenda as activity ${at + 1} of ${list.length}.` : `${label} added to the agenda.`);
      // Bring the new row into view so the facilitator sees where it went.
      requestAnimationFrame(() => document.querySelector(`[data-activity-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' }));
    }
  }

  return (
    <section className="panel library-panel" aria-labelledby="library-heading">
      {added.region}
      <div className="panel-header">
        <h2 id="library-heading" className="panel-title">
          Activity library
        </h2>
      </div>
      <ul className="library-list">
        {ACTIVITY_DEFINITIONS.map((d) => (
          <li key={d.kind} className="library-item">
            <div className="library-text">
              <h3 className="library-name">
                <span className={`kind-dot kind-${d.kind}`} aria-hidden="true" />
                {d.label}
              </h3>
              <p className="library-desc">{d.description}</p>
              <p className="library-meta muted tabular">{formatDuration(d.defaultMinutes)} by default</p>
              {d.guide ? (
                <button type="button" className="guide-open" aria-label={`Facilitator guide: ${d.label}`} onClick={() => setGuideKind(d.kind)}>
                  Facilitator guide
                </button>
              ) : null}
            </div>
            <Button size="sm" icon="plus" onClick={() => void add(d.kind)} busy={busy === d.kind} aria-label={`Add ${d.label}`}>
              Add
            </Button>
          </li>
        ))}
      </ul>
      {guideKind ? <GuideDialog kind={guideKind} onClose={() => setGuideKind(null)} /> : null}
    </section>
  );
}
