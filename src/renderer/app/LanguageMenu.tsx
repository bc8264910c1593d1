import { useLingui } from '@lingui/react/macro';
import { LOCALE_NAMES, LOCALES } from '../../shared/locale';
import { isRendererLocale, type RendererLocale } from '../i18n/catalogs';
import { chooseInterfaceLocale } from '../i18n/interface-language';
import { INTERFACE_LANGUAGE } from '../i18n/messages';

/** The pseudo-locale's name in the menu (a developer's tool, never translated). */
const PSEUDO_NAME = 'Pseudo';

/**
 * The facilitator's interface language, in the app bar: each language named in itself. Changing it
 * redraws this window in that language and keeps the choice for the next start; it changes
 * nothing the room sees (the workshop has its own language).
 */
export function LanguageMenu() {
  const { i18n } = useLingui();
  const current = isRendererLocale(i18n.locale) ? i18n.locale : 'en';
  // The pseudo-locale (layout checks) is listed only while it is on, so the menu shows it truthfully.
  const choices: readonly RendererLocale[] = current === 'pseudo' ? [...LOCALES, 'pseudo'] : LOCALES;
  return (
    <label className="app-bar-language">
      <span className="visually-hidden">{i18n._(INTERFACE_LANGUAGE)}</span>
      <select
        className="input select app-bar-language-select"
        value={current}
        onChange={(e) => {
          if (isRendererLocale(e.target.value)) void chooseInterfaceLocale(e.target.value);
        }}
      >
        {choices.map((locale) => (
          <option key={locale} value={locale} lang={locale === 'pseudo' ? 'en-XA' : locale}>
            {locale === 'pseudo' ? PSEUDO_NAME : LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
