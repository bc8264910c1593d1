import type { Localized } from '../../../activities/localized';
import type { TemplateWords } from './types';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';

export type { TemplateWords } from './types';

/** The built-in templates' and the sample's words in every language. */
export const TEMPLATE_WORDS: Localized<TemplateWords> = { en, de, fr, es };
