import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const slideGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose: 'Set the scene or explain one idea, so everyone starts the next exercise knowing why it matters.',
    howToRun: ['Say the one sentence that matters first; the points on screen are reminders, not a script.', 'Invite one question, then move on.'],
    timing: '3–10 minutes. Longer than that and people stop listening.',
    watchFor: ['Reading the slide aloud word for word.', 'A talk turning into a debate: park it for the exercise it belongs to.'],
  },
  de: {
    purpose: 'Den Rahmen setzen oder eine Idee erklären, damit alle die nächste Übung beginnen und wissen, warum sie zählt.',
    howToRun: [
      'Sagen Sie zuerst den einen Satz, der zählt; die Punkte auf dem Bildschirm sind Stichworte, kein Skript.',
      'Lassen Sie eine Frage zu, dann geht es weiter.',
    ],
    timing: '3–10 Minuten. Länger, und niemand hört mehr zu.',
    watchFor: ['Die Folie Wort für Wort vorlesen.', 'Ein Vortrag, der zur Debatte wird: Parken Sie sie für die Übung, zu der sie gehört.'],
  },
  fr: {
    purpose: 'Planter le décor ou expliquer une idée, pour que chacun aborde l’exercice suivant en sachant pourquoi il compte.',
    howToRun: [
      'Dites d’abord la phrase qui compte ; les points à l’écran sont des repères, pas un texte à lire.',
      'Acceptez une question, puis passez à la suite.',
    ],
    timing: '3 à 10 minutes. Au-delà, on n’écoute plus.',
    watchFor: ['Lire la diapositive mot à mot.', 'Un exposé qui tourne au débat : gardez-le pour l’exercice auquel il appartient.'],
  },
  es: {
    purpose: 'Situar el contexto o explicar una idea, para que todos empiecen el siguiente ejercicio sabiendo por qué importa.',
    howToRun: ['Di primero la frase que importa; los puntos en pantalla son recordatorios, no un guion.', 'Admite una pregunta y sigue adelante.'],
    timing: '3–10 minutos. Más tiempo y la gente deja de escuchar.',
    watchFor: ['Leer la diapositiva palabra por palabra.', 'Una charla que se convierte en debate: apárcalo para el ejercicio al que pertenece.'],
  },
};
