import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import type { Naming } from '../../../shared/privacy';
import './privacy-line.css';

// Shown on phones and on the in-room page: in the phone catalog as well as the app's (lingui.config.ts).
// The same words as NAMING_LINE in shared/privacy.ts, which the report uses.
const NAMING_WORDS = {
  anonymous: msg`Anonymous: your name is never shown with your answers.`,
  team: msg`Team only: your answers count for your team, never with your name.`,
  named: msg`Named: your name is shown with your answers in the report.`,
} satisfies Record<Naming, unknown>;

const ICON_PATH: Record<Naming, string> = {
  // An eye struck through: nobody sees who said it.
  anonymous:
    'M3 3l18 18M10.6 6.1A9.8 9.8 0 0 1 12 6c5 0 9 6 9 6a17 17 0 0 1-2.6 3.2M6.6 6.6C4.3 8.2 3 12 3 12s4 6 9 6c1.6 0 3-.4 4.3-1M9.9 9.9a3 3 0 0 0 4.2 4.2',
  // Two people: counted for the team.
  team: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2 20c0-3.3 3.1-6 7-6s7 2.7 7 6M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14c2.3.7 4 2.9 4 6',
  // A name tag.
  named: 'M4 6h16v12H4zM8 11h8M8 14h5',
};

/**
 * One short line above the answers: whether this activity is anonymous, team
 * only or named, in the report's own words (shared/privacy.ts).
 */
export function PrivacyLine({ naming, className = '' }: { naming: Naming; className?: string }) {
  const { i18n } = useLingui();
  return (
    <p className={`privacy-line privacy-line-${naming} ${className}`.trim()} data-testid="privacy-line" data-naming={naming}>
      <svg className="privacy-line-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path d={ICON_PATH[naming]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span>{i18n._(NAMING_WORDS[naming])}</span>
    </p>
  );
}
