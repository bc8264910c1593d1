import { useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { chooseLocale, isPhoneLocale, LOCALE_NAMES, PHONE_LOCALES } from './i18n';

/**
 * The phone's language, for this phone only: kept on it, nobody else's page changes. When it is not the
 * workshop's, a line says the exercises' own text (titles, prompts, cards the facilitator wrote) stays in the
 * workshop's language: only the phone's own words follow the person.
 */
export function LanguageSwitch({ workshop }: { workshop?: string | null }) {
  const { i18n } = useLingui();
  const room = workshop && isPhoneLocale(workshop) && workshop !== i18n.locale ? workshop : null;
  const roomName = room ? LOCALE_NAMES[room] : '';
  const id = useId();
  const [busy, setBusy] = useState(false);
  return (
    <footer className="ph-lang">
      <label htmlFor={id} className="ph-lang-label">
        <Trans>Language</Trans>
      </label>
      <select
        id={id}
        className="ph-lang-select"
        value={i18n.locale}
        aria-busy={busy || undefined}
        onChange={(e) => {
          const locale = e.target.value;
          if (!isPhoneLocale(locale)) return;
          setBusy(true);
          chooseLocale(locale)
            .catch(() => undefined) // the catalog could not be fetched (Wi-Fi): the page stays in its language
            .finally(() => setBusy(false));
        }}
      >
        {PHONE_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      {room ? (
        <p className="ph-lang-note" data-testid="room-language-note">
          <Trans>
            The workshop’s questions and cards stay in{' '}
            <span lang={room} className="ph-lang-room">
              {roomName}
            </span>
            .
          </Trans>
        </p>
      ) : null}
    </footer>
  );
}
