import type { Localized } from '../localized';

// Shared numbers the editor offers to rank, in each language (see ../localized.ts).

export const RANKING_EXAMPLES: Localized<readonly string[]> = {
  en: ['MQL-to-SQL conversion rate', 'Lead follow-up time', 'Pipeline created per month', 'Win rate on marketing-sourced deals', 'Sales cycle length'],
  de: [
    'Umwandlungsrate MQL → SQL',
    'Zeit bis zur Nachverfolgung eines Leads',
    'Neue Pipeline pro Monat',
    'Abschlussquote bei Deals aus dem Marketing',
    'Länge des Vertriebszyklus',
  ],
  fr: [
    'Taux de conversion MQL → SQL',
    'Délai de relance des leads',
    'Pipeline créé par mois',
    'Taux de signature des affaires issues du marketing',
    'Durée du cycle de vente',
  ],
  es: [
    'Tasa de conversión de MQL a SQL',
    'Tiempo de seguimiento de un lead',
    'Pipeline generado al mes',
    'Tasa de cierre de las oportunidades de Marketing',
    'Duración del ciclo de venta',
  ],
};
