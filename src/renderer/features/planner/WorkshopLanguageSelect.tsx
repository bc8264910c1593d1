import { useContext } from 'react';
import { LinguiContext } from '@lingui/react';
import { Select } from '../../../ui/Select';
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from '../../../shared/locale';
import { WORKSHOP_LANGUAGE } from '../../i18n/messages';
import { roomI18n } from '../../i18n/catalogs';

/**
 * The language the room sees (projector, phones, in-room pages, report, exports), each named in
 * itself. Its label is in the facilitator's interface language (English until the app provides one).
 */
export function WorkshopLanguageSelect({ value, onChange, className }: { value: Locale; onChange(language: Locale): void; className?: string }) {
  const i18n = useInterfaceI18n();
  return (
    <Select
      label={i18n._(WORKSHOP_LANGUAGE)}
      value={value}
      {...(className ? { fieldClassName: className } : {})}
      onChange={(e) => {
        if (isLocale(e.target.value)) onChange(e.target.value);
      }}
      options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
    />
  );
}

/** The facilitator's interface language as the app provides it (Lingui's provider), else English. */
export function useInterfaceI18n() {
  return useContext(LinguiContext)?.i18n ?? roomI18n('en')!;
}

/** The language a new workshop starts in: the facilitator's interface language when the app has one, else English. */
export function useInterfaceLocale(): Locale {
  const locale = useInterfaceI18n().locale;
  return isLocale(locale) ? locale : 'en';
}
