import { I18nProvider, LinguiContext } from '@lingui/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useContext, type ReactNode } from 'react';
import { findDefinition } from '../../activities/registry';
import { inLocale } from '../../activities/localized';
import type { FacilitatorGuide as Guide } from '../../activities/types';
import { roomI18n } from '../i18n/catalogs';
import './facilitator-guide.css';

/**
 * The guide speaks the interface language of the nearest Lingui provider; where a screen has none
 * yet (the app's root gives the interface language once it has one), it reads in English rather than fail.
 */
export function WithInterfaceI18n({ children }: { children: ReactNode }) {
  return useContext(LinguiContext) ? children : <I18nProvider i18n={roomI18n('en')!}>{children}</I18nProvider>;
}

/** A kind's guide in the facilitator's interface language (the active Lingui locale; English for the pseudo-locale). */
export function useGuide(kind: string): Guide | undefined {
  const { i18n } = useLingui();
  const guide = findDefinition(kind)?.guide;
  return guide ? inLocale(guide, i18n.locale) : undefined;
}

/**
 * The kind's short guide for whoever runs it: why, how, how long, what to
 * watch for. Collapsible, closed by default, so it never crowds the screen.
 */
export function FacilitatorGuide(props: { kind: string; defaultOpen?: boolean; compact?: boolean }) {
  return (
    <WithInterfaceI18n>
      <GuideDisclosure {...props} />
    </WithInterfaceI18n>
  );
}

function GuideDisclosure({ kind, defaultOpen = false, compact = false }: { kind: string; defaultOpen?: boolean; compact?: boolean }) {
  const guide = useGuide(kind);
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
