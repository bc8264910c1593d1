import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const breakGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose: 'Rest, and the hallway conversations where a lot of real alignment happens.',
    howToRun: ['Say the time you start again, and start on time.', 'Nudge people to sit with someone from the other team afterwards.'],
    timing: '10–15 minutes; 45–60 for lunch.',
    watchFor: ['Breaks that shrink when you run late: shorten an exercise instead.'],
  },
  de: {
    purpose: 'Durchatmen, und die Gespräche auf dem Flur, in denen viel echte Abstimmung passiert.',
    howToRun: [
      'Nennen Sie die Uhrzeit, zu der es weitergeht, und fangen Sie pünktlich an.',
      'Ermuntern Sie alle, sich danach zu jemandem aus dem anderen Team zu setzen.',
    ],
    timing: '10–15 Minuten; 45–60 für das Mittagessen.',
    watchFor: ['Pausen, die schrumpfen, wenn Sie in Verzug sind: Kürzen Sie lieber eine Übung.'],
  },
  fr: {
    purpose: 'Souffler, et les discussions de couloir où se joue une grande partie du vrai alignement.',
    howToRun: ['Annoncez l’heure de reprise, et reprenez à l’heure.', 'Encouragez chacun à s’asseoir ensuite à côté de quelqu’un de l’autre équipe.'],
    timing: '10 à 15 minutes ; 45 à 60 pour le déjeuner.',
    watchFor: ['Les pauses qui rétrécissent quand vous êtes en retard : raccourcissez plutôt un exercice.'],
  },
  es: {
    purpose: 'Descansar, y las conversaciones de pasillo donde ocurre buena parte de la alineación real.',
    howToRun: ['Di a qué hora se vuelve a empezar, y empieza puntual.', 'Anima a cada persona a sentarse después con alguien del otro equipo.'],
    timing: '10–15 minutos; 45–60 para la comida.',
    watchFor: ['Pausas que se encogen cuando vas con retraso: mejor acorta un ejercicio.'],
  },
};
