import { useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { chooseLocale, isPhoneLocale, LOCALE_NAMES, PHONE_LOCALES } from './i18n';

/** The phone's language, for this phone only: kept on it, nobody else's page changes. */
export function LanguageSwitch() {
  const { i18n } = useLingui();
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
    </footer>
  );
}
