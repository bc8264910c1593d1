import type { Localized } from '../localized';

// The lead-quality sort the editor offers to start from, in each language (see ../localized.ts):
// the workshop's language, like every example content.

export interface CardSortExamples {
  cards: readonly string[];
  columns: readonly string[];
}

export const CARD_SORT_EXAMPLES: Localized<CardSortExamples> = {
  en: {
    cards: [
      'Requested a demo',
      'Visited the pricing page twice',
      'Downloaded a whitepaper',
      'Attended a webinar',
      'Job title is VP or above',
      'Company size fits our ICP',
      'Budget is known',
      'Replied to a sales email',
    ],
    columns: ['Quality lead', 'Not a signal', 'Depends'],
  },
  de: {
    cards: [
      'Hat eine Demo angefragt',
      'Hat die Preisseite zweimal besucht',
      'Hat ein Whitepaper heruntergeladen',
      'Hat an einem Webinar teilgenommen',
      'Position: Bereichsleitung oder höher',
      'Firmengröße passt zu unserem Idealkunden',
      'Budget ist bekannt',
      'Hat auf eine Vertriebs-E-Mail geantwortet',
    ],
    columns: ['Qualifizierter Lead', 'Kein Signal', 'Kommt darauf an'],
  },
  fr: {
    cards: [
      'A demandé une démo',
      'A visité deux fois la page des tarifs',
      'A téléchargé un livre blanc',
      'A assisté à un webinaire',
      'Poste de vice-président ou plus',
      'Taille d’entreprise conforme à notre client idéal',
      'Budget connu',
      'A répondu à un e-mail commercial',
    ],
    columns: ['Lead qualifié', 'Pas un signal', 'Ça dépend'],
  },
  es: {
    cards: [
      'Ha pedido una demo',
      'Ha visitado dos veces la página de precios',
      'Ha descargado un whitepaper',
      'Ha asistido a un webinar',
      'Cargo de vicepresidente o superior',
      'El tamaño de la empresa encaja con nuestro cliente ideal',
      'Se conoce el presupuesto',
      'Ha respondido a un correo de Ventas',
    ],
    columns: ['Lead de calidad', 'No es una señal', 'Depende'],
  },
};
