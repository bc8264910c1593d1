import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const reviewGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose: 'Promises made at the last workshop only count if someone asks about them. This is where the room looks back, honestly, before making new ones.',
    howToRun: [
      'The open commitments from earlier workshops of the series come in by themselves: action items, job-shadowing pairs, weekly reports and the joint meeting.',
      'Go through them one by one. Ask the owner, not the room: done, partly, not done, or dropped?',
      'Write a short reason for anything not done: what got in the way is often the real topic of the day.',
      'Change the owner or the due date where the room agrees to. Drop what no longer matters, out loud.',
      'Show the list on the projector and read the headline: “7 of 11 done since 3 March”. Partly and not done come back next time.',
    ],
    timing: '10–20 minutes: about a minute per commitment.',
    watchFor: [
      'Blame. Ask what got in the way, not who failed.',
      'Everything “partly”. Ask what done would look like, and by when.',
      'The same item carried three times. Drop it, or give it a new owner and a date.',
      'A workshop not in a series has nothing to review: put it in the series first.',
    ],
  },
  de: {
    purpose: 'Versprechen aus dem letzten Workshop zählen nur, wenn jemand nachfragt. Hier blickt der Raum ehrlich zurück, bevor er neue gibt.',
    howToRun: [
      'Die offenen Vereinbarungen aus früheren Workshops der Reihe kommen von selbst herein: Aufgaben, Job-Shadowing-Paare, Wochenberichte und das gemeinsame Treffen.',
      'Gehen Sie sie einzeln durch. Fragen Sie die verantwortliche Person, nicht den Raum: erledigt, teilweise, nicht erledigt oder verworfen?',
      'Notieren Sie zu allem Unerledigten einen kurzen Grund: Was im Weg stand, ist oft das eigentliche Thema des Tages.',
      'Ändern Sie verantwortliche Person oder Termin, wo der Raum zustimmt. Verwerfen Sie laut, was nicht mehr zählt.',
      'Zeigen Sie die Liste am Beamer und lesen Sie die Überschrift vor: „7 von 11 erledigt seit dem 3. März“. Teilweise und nicht Erledigtes kommt beim nächsten Mal wieder.',
    ],
    timing: '10–20 Minuten: etwa eine Minute pro Vereinbarung.',
    watchFor: [
      'Schuldzuweisungen. Fragen Sie, was im Weg stand, nicht wer versagt hat.',
      'Alles „teilweise“. Fragen Sie, wie erledigt aussähe, und bis wann.',
      'Derselbe Punkt zum dritten Mal übernommen. Verwerfen Sie ihn oder geben Sie ihm eine neue verantwortliche Person und einen Termin.',
      'Ein Workshop außerhalb einer Reihe hat nichts zu prüfen: Nehmen Sie ihn zuerst in die Reihe auf.',
    ],
  },
  fr: {
    purpose:
      'Les promesses du dernier atelier ne comptent que si quelqu’un en demande des nouvelles. C’est ici que la salle regarde en arrière, honnêtement, avant d’en faire de nouvelles.',
    howToRun: [
      'Les engagements encore ouverts des ateliers précédents de la série arrivent d’eux-mêmes : actions, binômes d’immersion, comptes rendus hebdomadaires et réunion commune.',
      'Passez-les un par un. Demandez au responsable, pas à la salle : fait, en partie, pas fait, ou abandonné ?',
      'Notez une courte raison pour tout ce qui n’est pas fait : ce qui a bloqué est souvent le vrai sujet du jour.',
      'Changez le responsable ou l’échéance quand la salle est d’accord. Abandonnez à voix haute ce qui ne compte plus.',
      'Montrez la liste au projecteur et lisez le titre : « 7 sur 11 faits depuis le 3 mars ». Ce qui est en partie fait ou pas fait revient la prochaine fois.',
    ],
    timing: '10 à 20 minutes : environ une minute par engagement.',
    watchFor: [
      'Chercher un coupable. Demandez ce qui a bloqué, pas qui a échoué.',
      'Tout « en partie ». Demandez à quoi ressemblerait « fait », et pour quand.',
      'Le même point reporté trois fois. Abandonnez-le, ou donnez-lui un nouveau responsable et une date.',
      'Un atelier hors série n’a rien à revoir : ajoutez-le d’abord à la série.',
    ],
  },
  es: {
    purpose:
      'Las promesas del último taller solo cuentan si alguien pregunta por ellas. Aquí es donde la sala mira atrás, con honestidad, antes de hacer otras nuevas.',
    howToRun: [
      'Los compromisos abiertos de talleres anteriores de la serie llegan solos: acciones, parejas de job shadowing, informes semanales y la reunión conjunta.',
      'Repásalos uno a uno. Pregunta a la persona responsable, no a la sala: ¿hecho, en parte, sin hacer o descartado?',
      'Anota un motivo breve para todo lo que no esté hecho: lo que se interpuso suele ser el tema real del día.',
      'Cambia la persona responsable o la fecha cuando la sala esté de acuerdo. Descarta en voz alta lo que ya no importa.',
      'Muestra la lista en el proyector y lee el titular: «7 de 11 hechos desde el 3 de marzo». Lo hecho en parte y lo no hecho vuelve la próxima vez.',
    ],
    timing: '10–20 minutos: más o menos un minuto por compromiso.',
    watchFor: [
      'Culpas. Pregunta qué se interpuso, no quién falló.',
      'Todo «en parte». Pregunta cómo sería «hecho», y para cuándo.',
      'El mismo punto arrastrado tres veces. Descártalo, o dale una nueva persona responsable y una fecha.',
      'Un taller que no está en una serie no tiene nada que revisar: añádelo antes a la serie.',
    ],
  },
};
