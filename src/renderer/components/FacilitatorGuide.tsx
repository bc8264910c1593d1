import { Trans, useLingui } from '@lingui/react/macro';
import { findDefinition } from '../../activities/registry';
import type { FacilitatorGuide as Guide } from '../../activities/types';
import './facilitator-guide.css';

/**
 * The kind's short guide for whoever runs it: why, how, how long, what to
 * watch for. Collapsible, closed by default, so it never crowds the screen.
 */
export function FacilitatorGuide({ kind, defaultOpen = false, compact = false }: { kind: string; defaultOpen?: boolean; compact?: boolean }) {
  const def = findDefinition(kind);
  const guide = def?.guide;
  if (!guide) return null;
  return (
    <details className={`fguide${compact ? ' fguide-compact' : ''}`} open={defaultOpen || undefined}>
      <summary className="fguide-summary">
        <span className="fguide-title">
          <Trans>Facilitator guide</Trans>
        </span>
        <span className="fguide-timing">{guide.timing}</span>
      </summary>
      <FacilitatorGuideBody guide={guide} />
    </details>
  );
}

/** The guide's text (purpose, steps, what to watch for), for a disclosure or a dialog. */
export function FacilitatorGuideBody({ guide }: { guide: Guide }) {
  const { t } = useLingui();
  return (
    <div className="fguide-body">
      <p className="fguide-purpose">{guide.purpose}</p>
      <div className="fguide-cols">
        <section aria-label={t`How to run it`}>
          <h4 className="fguide-h">
            <Trans>How to run it</Trans>
          </h4>
          <ol className="fguide-list">
            {guide.howToRun.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </section>
        <section aria-label={t`What to watch for`}>
          <h4 className="fguide-h">
            <Trans>Watch for</Trans>
          </h4>
          <ul className="fguide-list fguide-bullets">
            {guide.watchFor.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
