import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const commitmentsGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose: 'A good day fades by Wednesday unless it ends with names, dates and a meeting already in the calendar. This is where the day turns into habits.',
    howToRun: [
      'Ask everyone to answer on their phone: are they in for a day of job shadowing, and one thing they will do in the next 30 days.',
      'Press “Suggest pairs”: one person from Sales with one from Marketing, people who said yes first. Swap names until the room is happy, then set the dates.',
      'Read the two weekly reports aloud and agree who sends each and on which day. Keep them short enough to write in 15 minutes.',
      'Fix the joint meeting: every two or three weeks, a day, a time and the first date. Put it in calendars before people leave.',
      'Turn the strongest pledges into action items with an owner and a date. Fewer, real ones beat a long list.',
      'Reveal the list on the projector and read it out once.',
    ],
    timing: '15–25 minutes: 3 on phones, 5 for pairs, 5 for reports and the meeting, the rest for action items.',
    watchFor: [
      'Shadowing that never happens: a date within the next month, or it will not.',
      'Reports nobody reads. Ask the receiving side what they would actually use.',
      'Action items owned by “everyone” or by a team. Each needs one named person.',
      'Leaders volunteering others. Let people pick their own pledge.',
    ],
  },
  de: {
    purpose:
      'Ein guter Tag ist am Mittwoch verblasst, wenn er nicht mit Namen, Terminen und einem Treffen im Kalender endet. Hier wird aus dem Tag eine Gewohnheit.',
    howToRun: [
      'Bitten Sie alle, am Handy zu antworten: Machen sie bei einem Tag Job-Shadowing mit, und was tun sie in den nächsten 30 Tagen?',
      'Drücken Sie „Paare vorschlagen“: je eine Person aus Vertrieb und Marketing, wer Ja gesagt hat, zuerst. Tauschen Sie Namen, bis der Raum zufrieden ist, dann legen Sie die Termine fest.',
      'Lesen Sie die beiden Wochenberichte vor und vereinbaren Sie, wer welchen an welchem Tag schickt. Halten Sie sie so kurz, dass sie in 15 Minuten geschrieben sind.',
      'Legen Sie das gemeinsame Treffen fest: alle zwei oder drei Wochen, Tag, Uhrzeit und erster Termin. Tragen Sie es in die Kalender ein, bevor alle gehen.',
      'Machen Sie aus den stärksten Vorsätzen Aufgaben mit verantwortlicher Person und Termin. Wenige echte schlagen eine lange Liste.',
      'Zeigen Sie die Liste am Beamer und lesen Sie sie einmal vor.',
    ],
    timing: '15–25 Minuten: 3 am Handy, 5 für die Paare, 5 für Berichte und Treffen, der Rest für die Aufgaben.',
    watchFor: [
      'Job-Shadowing, das nie stattfindet: ein Termin im nächsten Monat, sonst wird es nichts.',
      'Berichte, die niemand liest. Fragen Sie die Empfangsseite, was sie wirklich nutzen würde.',
      'Aufgaben, die „allen“ oder einem Team gehören. Jede braucht eine namentlich genannte Person.',
      'Führungskräfte, die andere melden. Lassen Sie alle ihren Vorsatz selbst wählen.',
    ],
  },
  fr: {
    purpose:
      'Une bonne journée s’efface dès le mercredi si elle ne se termine pas par des noms, des dates et une réunion déjà au calendrier. C’est ici que la journée devient une habitude.',
    howToRun: [
      'Demandez à chacun de répondre sur son téléphone : participe-t-il à une journée d’immersion, et quelle chose fera-t-il dans les 30 prochains jours ?',
      'Appuyez sur « Proposer des binômes » : une personne des Ventes avec une du Marketing, celles qui ont dit oui d’abord. Échangez les noms jusqu’à ce que la salle soit d’accord, puis fixez les dates.',
      'Lisez les deux comptes rendus hebdomadaires et convenez de qui envoie chacun et quel jour. Gardez-les assez courts pour s’écrire en 15 minutes.',
      'Fixez la réunion commune : toutes les deux ou trois semaines, un jour, une heure et une première date. Mettez-la dans les agendas avant le départ.',
      'Transformez les engagements les plus forts en actions avec un responsable et une date. Peu d’actions réelles valent mieux qu’une longue liste.',
      'Dévoilez la liste au projecteur et lisez-la une fois.',
    ],
    timing: '15 à 25 minutes : 3 sur les téléphones, 5 pour les binômes, 5 pour les comptes rendus et la réunion, le reste pour les actions.',
    watchFor: [
      'L’immersion qui n’a jamais lieu : une date dans le mois qui vient, sinon elle n’aura pas lieu.',
      'Les comptes rendus que personne ne lit. Demandez à l’équipe qui les reçoit ce qu’elle utiliserait vraiment.',
      'Les actions confiées à « tout le monde » ou à une équipe. Chacune a besoin d’une personne nommée.',
      'Les responsables qui engagent les autres. Laissez chacun choisir son propre engagement.',
    ],
  },
  es: {
    purpose:
      'Un buen día se desvanece el miércoles si no termina con nombres, fechas y una reunión ya en el calendario. Aquí es donde el día se convierte en costumbre.',
    howToRun: [
      'Pide a todos que respondan en el móvil: ¿se apuntan a un día de job shadowing, y qué harán en los próximos 30 días?',
      'Pulsa «Sugerir parejas»: una persona de Ventas con una de Marketing, primero quienes dijeron que sí. Cambia nombres hasta que la sala esté conforme y luego fija las fechas.',
      'Lee en voz alta los dos informes semanales y acordad quién envía cada uno y qué día. Que sean lo bastante cortos para escribirlos en 15 minutos.',
      'Fija la reunión conjunta: cada dos o tres semanas, un día, una hora y la primera fecha. Que esté en los calendarios antes de que la gente se vaya.',
      'Convierte los compromisos más sólidos en acciones con responsable y fecha. Pocas y reales valen más que una lista larga.',
      'Muestra la lista en el proyector y léela una vez.',
    ],
    timing: '15–25 minutos: 3 en el móvil, 5 para las parejas, 5 para los informes y la reunión, el resto para las acciones.',
    watchFor: [
      'El job shadowing que nunca ocurre: una fecha dentro del próximo mes, o no ocurrirá.',
      'Informes que nadie lee. Pregunta al equipo que los recibe qué usaría de verdad.',
      'Acciones a cargo de «todos» o de un equipo. Cada una necesita una persona con nombre.',
      'Responsables que apuntan a otros. Deja que cada persona elija su propio compromiso.',
    ],
  },
};
