import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const dotVoteGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose: 'Turn a long list into a short one quickly, and see whether Sales and Marketing would start in the same place.',
    howToRun: [
      'Read the options aloud so everyone means the same thing by each.',
      'Everyone spends their dots alone; no campaigning while voting.',
      'Reveal, then look at where the teams’ dots differ before you pick.',
    ],
    timing: '5–10 minutes.',
    watchFor: ['A vote nobody acts on: say before voting what the result will decide.', 'Near ties: talk them through instead of letting one dot decide.'],
  },
  de: {
    purpose: 'Aus einer langen Liste schnell eine kurze machen und sehen, ob Vertrieb und Marketing an derselben Stelle anfangen würden.',
    howToRun: [
      'Lesen Sie die Optionen laut vor, damit alle unter jeder dasselbe verstehen.',
      'Alle vergeben ihre Punkte für sich; kein Werben während der Abstimmung.',
      'Zeigen Sie das Ergebnis und schauen Sie, wo sich die Punkte der Teams unterscheiden, bevor Sie wählen.',
    ],
    timing: '5–10 Minuten.',
    watchFor: [
      'Eine Abstimmung, aus der nichts folgt: Sagen Sie vorher, was das Ergebnis entscheidet.',
      'Fast-Gleichstand: Besprechen Sie ihn, statt einen einzelnen Punkt entscheiden zu lassen.',
    ],
  },
  fr: {
    purpose: 'Transformer vite une longue liste en une courte, et voir si Ventes et Marketing commenceraient au même endroit.',
    howToRun: [
      'Lisez les options à voix haute pour que chacun entende la même chose par chacune.',
      'Chacun répartit ses points seul ; pas de campagne pendant le vote.',
      'Dévoilez, puis regardez où les points des équipes diffèrent avant de choisir.',
    ],
    timing: '5 à 10 minutes.',
    watchFor: [
      'Un vote sans suite : dites avant le vote ce que le résultat décidera.',
      'Les quasi-égalités : discutez-en plutôt que de laisser un seul point trancher.',
    ],
  },
  es: {
    purpose: 'Convertir rápido una lista larga en una corta, y ver si Ventas y Marketing empezarían por el mismo sitio.',
    howToRun: [
      'Lee las opciones en voz alta para que todos entiendan lo mismo en cada una.',
      'Cada persona reparte sus puntos sola; nada de hacer campaña mientras se vota.',
      'Muestra el resultado y mira dónde difieren los puntos de los equipos antes de elegir.',
    ],
    timing: '5–10 minutos.',
    watchFor: [
      'Una votación de la que no sale nada: di antes de votar qué decidirá el resultado.',
      'Casi empates: habladlos en lugar de dejar que decida un solo punto.',
    ],
  },
};
