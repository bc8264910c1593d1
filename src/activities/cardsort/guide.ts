import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const cardSortGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose: 'See how each person files the same things, and where the two teams file them differently: that difference is the finding.',
    howToRun: [
      'Explain the columns with one example card.',
      'Everyone sorts alone, without talking.',
      'Reveal and start with the cards where the teams split most.',
    ],
    timing: '15–25 minutes: 5–8 to sort, the rest to discuss the splits.',
    watchFor: [
      'Arguing about wording instead of meaning: agree what a card means, then re-sort if needed.',
      'Skipping the cards everyone agreed on: they are worth writing down too.',
    ],
  },
  de: {
    purpose: 'Sehen, wie jede Person dieselben Dinge einordnet und wo die beiden Teams sie verschieden einordnen: Dieser Unterschied ist das Ergebnis.',
    howToRun: [
      'Erklären Sie die Spalten an einer Beispielkarte.',
      'Alle sortieren für sich, ohne zu sprechen.',
      'Zeigen Sie das Ergebnis und beginnen Sie mit den Karten, bei denen die Teams am weitesten auseinanderliegen.',
    ],
    timing: '15–25 Minuten: 5–8 zum Sortieren, der Rest für die Unterschiede.',
    watchFor: [
      'Streit über Formulierungen statt über Bedeutung: Klären Sie, was eine Karte meint, und sortieren Sie bei Bedarf neu.',
      'Karten, bei denen sich alle einig waren, überspringen: Auch sie sind es wert, festgehalten zu werden.',
    ],
  },
  fr: {
    purpose: 'Voir comment chacun classe les mêmes choses, et où les deux équipes les classent différemment : cette différence est le résultat.',
    howToRun: [
      'Expliquez les colonnes avec une carte d’exemple.',
      'Chacun trie seul, sans parler.',
      'Dévoilez et commencez par les cartes où les équipes divergent le plus.',
    ],
    timing: '15 à 25 minutes : 5 à 8 pour trier, le reste pour discuter des écarts.',
    watchFor: [
      'Débattre des mots plutôt que du sens : mettez-vous d’accord sur ce que veut dire une carte, puis triez à nouveau si besoin.',
      'Passer sur les cartes qui font l’unanimité : elles méritent aussi d’être notées.',
    ],
  },
  es: {
    purpose: 'Ver cómo clasifica cada persona las mismas cosas, y dónde los dos equipos las clasifican distinto: esa diferencia es el hallazgo.',
    howToRun: [
      'Explica las columnas con una tarjeta de ejemplo.',
      'Cada persona ordena sola, sin hablar.',
      'Muestra los resultados y empieza por las tarjetas donde más se separan los equipos.',
    ],
    timing: '15–25 minutos: 5–8 para ordenar, el resto para hablar de las diferencias.',
    watchFor: [
      'Discutir la redacción en lugar del significado: acordad qué significa una tarjeta y, si hace falta, volved a ordenar.',
      'Saltarse las tarjetas en las que todos coinciden: también vale la pena anotarlas.',
    ],
  },
};
