import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Locale } from '../../shared/locale';
import { inLocale, type Localized } from '../localized';
import { COMP_WORDS } from './content';

// What the comp editor writes into the plan, in the workshop's language (example content, see ../localized.ts):
// who a preset plan is for and what it counts, and the first words of a new pattern, poll or cancelled deal.
// The presets' names in the picker are the editor's own words, in the interface language.

type PresetId = 'ae-50-50' | 'sdr-70-30' | 'ae-60-40-decel';

interface EditorContent {
  /** Who is on each preset plan. */
  roles: Readonly<Record<PresetId, string>>;
  /** What the SDR plan counts against quota (the others count money booked). */
  meetings: string;
  newPattern: string;
  newOptions: readonly [string, string];
  cancelledLater: string;
}

const SDR: Localized<string> = {
  en: 'Sales development rep',
  de: 'Sales Development Rep',
  fr: 'Chargé de développement commercial',
  es: 'Representante de desarrollo de ventas',
};

const roles = (locale: Locale): EditorContent['roles'] => ({
  'ae-50-50': COMP_WORDS[locale].role,
  'sdr-70-30': SDR[locale],
  'ae-60-40-decel': COMP_WORDS[locale].role,
});

export const EDITOR_CONTENT: Localized<EditorContent> = {
  en: { roles: roles('en'), meetings: 'meetings', newPattern: 'My pattern', newOptions: ['Option one', 'Option two'], cancelledLater: 'Cancelled later' },
  // "Meetings", "réunions", "citas": the plan's words cut a final "s" for one ("a meeting"), so each plural ends in one.
  de: {
    roles: roles('de'),
    meetings: 'Meetings',
    newPattern: 'Mein Abschlussmuster',
    newOptions: ['Option eins', 'Option zwei'],
    cancelledLater: 'Später storniert',
  },
  fr: { roles: roles('fr'), meetings: 'réunions', newPattern: 'Mon profil', newOptions: ['Option un', 'Option deux'], cancelledLater: 'Annulée plus tard' },
  es: { roles: roles('es'), meetings: 'citas', newPattern: 'Mi patrón', newOptions: ['Opción uno', 'Opción dos'], cancelledLater: 'Cancelado más tarde' },
};

/** The editor's example words in the workshop's language (English for a language the app does not speak). */
export const editorContent = (language: string | undefined): EditorContent => inLocale(EDITOR_CONTENT, language ?? 'en');

/** A preset's role and unit in the workshop's language. */
export function presetContent(language: string | undefined, preset: { id: string; unit: string }): { role: string; unit: string } {
  const words = editorContent(language);
  return { role: words.roles[preset.id as PresetId] ?? words.roles['ae-50-50'], unit: preset.unit ? words.meetings : '' };
}

const PRESET_NAME: Readonly<Record<PresetId, MessageDescriptor>> = {
  'ae-50-50': msg`Account executive, 50/50`,
  'sdr-70-30': msg`SDR, 70/30`,
  'ae-60-40-decel': msg`Account executive, 60/40 with a decelerator`,
};

/** A preset's name in the picker, in the interface language. */
export const presetName = (i18n: I18n, preset: { id: string; name: string }): string => {
  const name = PRESET_NAME[preset.id as PresetId];
  return name ? i18n._(name) : preset.name;
};
