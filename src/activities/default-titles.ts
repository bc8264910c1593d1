import type { Locale } from '../shared/locale';
import { supportedLocale } from '../shared/locale';
import type { ActivityKind } from './registry';
import type { ActivityDefinition } from './types';

// The title a new activity gets in a workshop of another language (issue #19). English is each
// definition's defaultTitle; the compiler wants a title here for every kind and every language.

type Translated = Readonly<Record<Exclude<Locale, 'en'>, string>>;

const TITLES: Readonly<Record<ActivityKind, Translated>> = {
  slide: { de: 'Willkommen, und warum wir hier sind', fr: 'Bienvenue, et pourquoi nous sommes là', es: 'Bienvenida y por qué estamos aquí' },
  brainstorm: { de: 'Brainstorming', fr: 'Remue-méninges', es: 'Lluvia de ideas' },
  messaging: { de: 'Messaging-Brainstorming', fr: 'Remue-méninges sur les messages', es: 'Lluvia de ideas de mensajes' },
  dotvote: { de: 'Punktabfrage', fr: 'Vote par points', es: 'Votación por puntos' },
  cardsort: { de: 'Kartensortierung', fr: 'Tri de cartes', es: 'Clasificación de tarjetas' },
  ranking: { de: 'Rangfolge', fr: 'Classement', es: 'Clasificación' },
  leadsort: { de: 'Was macht einen guten Lead aus?', fr: 'Qu’est-ce qu’un lead de qualité ?', es: '¿Qué hace que un lead sea de calidad?' },
  persona: { de: 'Der Vertrieb als Persona', fr: 'Les ventes, en persona', es: 'Ventas, como persona' },
  buyingmap: { de: 'Wie unsere Kunden kaufen', fr: 'Comment nos clients achètent', es: 'Cómo compran nuestros clientes' },
  kpisort: { de: 'Gemeinsame Ziele, Rollen und KPIs', fr: 'Objectifs communs, rôles et KPI', es: 'Objetivos compartidos, roles y KPI' },
  retro: { de: 'Vertrauens-Retrospektive', fr: 'Rétrospective sur la confiance', es: 'Retrospectiva de confianza' },
  pulse: { de: 'Abstimmungs-Puls', fr: 'Baromètre d’alignement', es: 'Pulso de alineación' },
  review: { de: 'Was wir uns vorgenommen hatten', fr: 'Ce que nous avions dit que nous ferions', es: 'Lo que dijimos que haríamos' },
  comp: { de: 'Wie der Vertrieb bezahlt wird', fr: 'Comment les ventes sont payées', es: 'Cómo cobra Ventas' },
  commitments: { de: 'Wozu wir uns verpflichten', fr: 'Nos engagements', es: 'Nuestros compromisos' },
  break: { de: 'Pause', fr: 'Pause', es: 'Pausa' },
};

/** A new activity's title in `locale`: the definition's own (English) title, or its translation. */
export function defaultTitleIn(def: Pick<ActivityDefinition, 'kind' | 'defaultTitle'>, locale?: string | null): string {
  const l = supportedLocale(locale) ?? 'en';
  if (l === 'en') return def.defaultTitle;
  return (TITLES as Readonly<Record<string, Translated | undefined>>)[def.kind]?.[l] ?? def.defaultTitle;
}
