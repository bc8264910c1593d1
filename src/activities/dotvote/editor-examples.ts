import type { Localized } from '../localized';

// Hand-off problems the editor offers to vote on, in each language (see ../localized.ts).

export const DOT_VOTE_EXAMPLES: Localized<readonly string[]> = {
  en: [
    'Slow follow-up on inbound leads',
    'No feedback on rejected leads',
    'No shared MQL definition',
    'Campaigns sales hears about too late',
    'Lead scoring nobody trusts',
  ],
  de: [
    'Langsame Nachverfolgung eingehender Leads',
    'Keine Rückmeldung zu abgelehnten Leads',
    'Keine gemeinsame MQL-Definition',
    'Kampagnen, von denen der Vertrieb zu spät erfährt',
    'Lead-Scoring, dem niemand traut',
  ],
  fr: [
    'Relance lente des leads entrants',
    'Aucun retour sur les leads refusés',
    'Pas de définition commune du MQL',
    'Des campagnes dont les Ventes entendent parler trop tard',
    'Un scoring des leads auquel personne ne croit',
  ],
  es: [
    'Seguimiento lento de los leads entrantes',
    'Ninguna respuesta sobre los leads rechazados',
    'Ninguna definición común de MQL',
    'Campañas de las que Ventas se entera demasiado tarde',
    'Un lead scoring en el que nadie confía',
  ],
};
