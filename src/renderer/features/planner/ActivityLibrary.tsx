import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { ACTIVITY_DEFINITIONS } from '../../../activities/registry';
import { useApp, useAppStore } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { useLiveRegion } from '../../components/run/live-announcer';
import { GuideDialog } from './GuideDialog';
import { formatMinutes } from './words';
import { kindDescription, kindWord } from '../../../activities/kind-words';

/** Every activity kind, with why you would use it; "Add" appends it to the agenda. */
export function ActivityLibrary() {
  const addActivity = useApp((s) => s.addActivity);
  const store = useAppStore();
  const added = useLiveRegion('library-announcer');
  const [busy, setBusy] = useState<string | null>(null);
  const [guideKind, setGuideKind] = useState<string | null>(null);
  const { t, i18n } = useLingui();

  async function add(kind: string) {
    setBusy(kind);
    const id = await addActivity(kind);
    setBusy(null);
    if (id) {
      const list = store.getState().planner.detail?.activities ?? [];
      const at = list.findIndex((a) => a.id === id);
      const label = ACTIVITY_DEFINITIONS.some((d) => d.kind === kind) ? kindWord(i18n, kind, undefined) : t`The activity`;
      const position = at + 1;
      const total = list.length;
      added.announce(at >= 0 ? t`${label} added to the agenda as activity ${position} of ${total}.` : t`${label} added to the agenda.`);
      // Bring the new row into view so the facilitator sees where it went.
      requestAnimationFrame(() => document.querySelector(`[data-activity-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' }));
    }
  }

  return (
    <section className="panel library-panel" aria-labelledby="library-heading">
      {added.region}
      <div className="panel-header">
        <h2 id="library-heading" className="panel-title">
          <Trans>Activity library</Trans>
        </h2>
      </div>
      <ul className="library-list">
        {ACTIVITY_DEFINITIONS.map((d) => {
          const label = kindWord(i18n, d.kind, d);
          const minutes = formatMinutes(i18n, d.defaultMinutes);
          return (
            <li key={d.kind} className="library-item">
              <div className="library-text">
                <h3 className="library-name">
                  <span className={`kind-dot kind-${d.kind}`} aria-hidden="true" />
                  {label}
                </h3>
                <p className="library-desc">{kindDescription(i18n, d.kind, d)}</p>
                <p className="library-meta muted tabular">
                  <Trans>{minutes} by default</Trans>
                </p>
                {d.guide ? (
                  <button type="button" className="guide-open" aria-label={t`Facilitator guide: ${label}`} onClick={() => setGuideKind(d.kind)}>
                    <Trans>Facilitator guide</Trans>
                  </button>
                ) : null}
              </div>
              <Button size="sm" icon="plus" onClick={() => void add(d.kind)} busy={busy === d.kind} aria-label={t`Add ${label}`}>
                <Trans>Add</Trans>
              </Button>
            </li>
          );
        })}
      </ul>
      {guideKind ? <GuideDialog kind={guideKind} onClose={() => setGuideKind(null)} /> : null}
    </section>
  );
}
