import type { Localized } from '../localized';

// The built-in pulse statements in each language (see ../localized.ts).
//
// Trends over a series match built-in statements by set version and id (gap-trend.ts), never by
// text. So a translation is the same set, not a new one: every language has exactly the ids of
// version 1, in the same order, each saying the same thing in other words. A German and an
// English workshop of one series then compare like with like, and PULSE_SET_VERSION stays 1.
// Changing what a statement means is a new set version in every language at once.

export type PulseStatementId =
  'qualified-lead' | 'follow-up' | 'feedback' | 'trust-numbers' | 'this-month' | 'asked-early' | 'shared-goal' | 'easy-to-reach' | 'credit';

/** The order the statements are asked in. */
export const PULSE_STATEMENT_IDS: readonly PulseStatementId[] = [
  'qualified-lead',
  'follow-up',
  'feedback',
  'trust-numbers',
  'this-month',
  'asked-early',
  'shared-goal',
  'easy-to-reach',
  'credit',
];

export const PULSE_STATEMENT_TEXTS: Localized<Readonly<Record<PulseStatementId, string>>> = {
  en: {
    'qualified-lead': 'We agree on what a qualified lead is.',
    'follow-up': 'Leads we hand over are followed up within the agreed time.',
    feedback: 'When a lead is turned down, the other team hears why.',
    'trust-numbers': 'I trust the other team’s numbers.',
    'this-month': 'I know what the other team is working on this month.',
    'asked-early': 'The other team asks for my input before plans are fixed.',
    'shared-goal': 'We are measured on at least one goal we share.',
    'easy-to-reach': 'When I need someone from the other team, I know whom to ask.',
    credit: 'Wins are credited to both teams.',
  },
  de: {
    'qualified-lead': 'Wir sind uns einig, was ein qualifizierter Lead ist.',
    'follow-up': 'Übergebene Leads werden in der vereinbarten Zeit bearbeitet.',
    feedback: 'Wird ein Lead abgelehnt, erfährt das andere Team, warum.',
    'trust-numbers': 'Ich vertraue den Zahlen des anderen Teams.',
    'this-month': 'Ich weiß, woran das andere Team diesen Monat arbeitet.',
    'asked-early': 'Das andere Team fragt nach meiner Meinung, bevor Pläne feststehen.',
    'shared-goal': 'Wir werden an mindestens einem gemeinsamen Ziel gemessen.',
    'easy-to-reach': 'Wenn ich jemanden aus dem anderen Team brauche, weiß ich, wen ich fragen kann.',
    credit: 'Erfolge werden beiden Teams angerechnet.',
  },
  fr: {
    'qualified-lead': 'Nous sommes d’accord sur ce qu’est un lead qualifié.',
    'follow-up': 'Les leads transmis sont suivis dans le délai convenu.',
    feedback: 'Quand un lead est refusé, l’autre équipe sait pourquoi.',
    'trust-numbers': 'Je fais confiance aux chiffres de l’autre équipe.',
    'this-month': 'Je sais sur quoi l’autre équipe travaille ce mois-ci.',
    'asked-early': 'L’autre équipe me demande mon avis avant que les plans soient arrêtés.',
    'shared-goal': 'Nous sommes évalués sur au moins un objectif commun.',
    'easy-to-reach': 'Quand j’ai besoin de quelqu’un de l’autre équipe, je sais à qui m’adresser.',
    credit: 'Les réussites sont attribuées aux deux équipes.',
  },
  es: {
    'qualified-lead': 'Estamos de acuerdo en qué es un lead cualificado.',
    'follow-up': 'Los leads que pasamos se atienden en el plazo acordado.',
    feedback: 'Cuando se rechaza un lead, el otro equipo sabe por qué.',
    'trust-numbers': 'Confío en las cifras del otro equipo.',
    'this-month': 'Sé en qué está trabajando el otro equipo este mes.',
    'asked-early': 'El otro equipo me pide opinión antes de cerrar sus planes.',
    'shared-goal': 'Nos miden por al menos un objetivo compartido.',
    'easy-to-reach': 'Cuando necesito a alguien del otro equipo, sé a quién preguntar.',
    credit: 'Los éxitos se reconocen a los dos equipos.',
  },
};
