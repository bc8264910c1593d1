import { afterEach } from 'vitest';
import { activateLocale, PhoneI18n, type PhoneLocale } from '../../../src/renderer/phone/i18n';

// A participant view as the phone shows it: in the phone's own catalog (src/renderer/phone/locales),
// through the phone's provider, in a language. The phone speaks through Lingui's global instance, so
// each test file that calls this goes back to English after every test.

afterEach(() => activateLocale('en'));

/** A wrapper for render(): the phone's provider with `locale` loaded and active. */
export async function onPhoneIn(locale: PhoneLocale): Promise<typeof PhoneI18n> {
  await activateLocale(locale);
  return PhoneI18n;
}
