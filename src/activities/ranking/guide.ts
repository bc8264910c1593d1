import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const rankingGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose: 'Force a choice about what comes first, and compare the order Sales and Marketing would choose.',
    howToRun: [
      'Say what the ranking is for, e.g. “what we start measuring first”.',
      'Everyone puts the options in order alone.',
      'Reveal the room’s order, then the teams’ orders side by side.',
    ],
    timing: '10 minutes.',
    watchFor: ['A ranking treated as final: it is the start of a conversation.', 'Options that overlap: merge them before the vote, not after.'],
  },
  de: {
    purpose: 'Eine Entscheidung erzwingen, was zuerst kommt, und die Reihenfolge von Vertrieb und Marketing vergleichen.',
    howToRun: [
      'Sagen Sie, wofür die Rangfolge ist, z. B. „was wir zuerst messen“.',
      'Alle bringen die Optionen für sich in eine Reihenfolge.',
      'Zeigen Sie die Reihenfolge des Raums, dann die der Teams nebeneinander.',
    ],
    timing: '10 Minuten.',
    watchFor: [
      'Eine Rangfolge, die als endgültig gilt: Sie ist der Anfang eines Gesprächs.',
      'Optionen, die sich überschneiden: Fassen Sie sie vor der Abstimmung zusammen, nicht danach.',
    ],
  },
  fr: {
    purpose: 'Obliger à choisir ce qui passe en premier, et comparer l’ordre que choisiraient Ventes et Marketing.',
    howToRun: [
      'Dites à quoi sert le classement, par ex. « ce que nous mesurons en premier ».',
      'Chacun classe les options seul.',
      'Dévoilez l’ordre de la salle, puis ceux des équipes côte à côte.',
    ],
    timing: '10 minutes.',
    watchFor: [
      'Un classement pris pour définitif : c’est le début d’une conversation.',
      'Des options qui se recoupent : fusionnez-les avant le vote, pas après.',
    ],
  },
  es: {
    purpose: 'Obligar a decidir qué va primero, y comparar el orden que elegirían Ventas y Marketing.',
    howToRun: [
      'Di para qué es la clasificación, p. ej. «qué empezamos a medir primero».',
      'Cada persona ordena las opciones sola.',
      'Muestra el orden de la sala y luego el de cada equipo, uno al lado del otro.',
    ],
    timing: '10 minutos.',
    watchFor: [
      'Una clasificación tomada como definitiva: es el comienzo de una conversación.',
      'Opciones que se solapan: júntalas antes de votar, no después.',
    ],
  },
};
