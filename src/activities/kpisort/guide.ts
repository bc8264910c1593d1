import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const kpiSortGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose:
      'Each team is judged by numbers, and often by numbers the other team moves. Agreeing who owns which number, and which ones are shared, ends the “your leads, my leads” argument.',
    howToRun: [
      'Read the company goal aloud: every number on the table should serve it.',
      'Everyone sorts the KPIs on their own: Marketing owns, Sales owns, or Shared.',
      'Reveal. Start with the numbers where the teams disagree; let each side say why.',
      'In the board, settle an owner for each number, put a name next to it and a target with its unit. Show the table on the projector and read it back.',
    ],
    timing: 'About 25 minutes: 5 to sort, 10 on the disagreements, 10 to fill in owners and targets.',
    watchFor: [
      '“Shared” used to avoid a decision: a shared number still needs one named person who reports on it.',
      'Targets nobody can measure today: write “baseline first” rather than inventing a figure.',
      'Too many KPIs: five that both teams watch beat twelve that nobody reads.',
    ],
  },
  de: {
    purpose:
      'Jedes Team wird an Zahlen gemessen, oft an Zahlen, die das andere Team bewegt. Wer klärt, wem welche Zahl gehört und welche geteilt sind, beendet den Streit „deine Leads, meine Leads“.',
    howToRun: [
      'Lesen Sie das Unternehmensziel vor: Jede Zahl auf dem Tisch sollte ihm dienen.',
      'Alle sortieren die KPIs für sich: Marketing, Vertrieb oder Gemeinsam.',
      'Zeigen Sie das Ergebnis. Beginnen Sie mit den Zahlen, bei denen die Teams uneins sind; lassen Sie jede Seite begründen.',
      'Legen Sie im Board für jede Zahl die Verantwortung fest, mit Namen, Zielwert und Einheit. Zeigen Sie die Tabelle am Beamer und lesen Sie sie vor.',
    ],
    timing: 'Etwa 25 Minuten: 5 zum Sortieren, 10 für die Uneinigkeiten, 10 für Verantwortliche und Ziele.',
    watchFor: [
      '„Gemeinsam“ als Ausweg vor einer Entscheidung: Auch eine gemeinsame Zahl braucht eine namentlich genannte Person, die berichtet.',
      'Ziele, die heute niemand messen kann: Schreiben Sie „erst Ausgangswert“, statt eine Zahl zu erfinden.',
      'Zu viele KPIs: Fünf, auf die beide Teams schauen, sind besser als zwölf, die niemand liest.',
    ],
  },
  fr: {
    purpose:
      'Chaque équipe est jugée sur des chiffres, souvent des chiffres que l’autre équipe fait bouger. Convenir de qui porte quel chiffre, et lesquels sont partagés, met fin au débat « tes leads, mes leads ».',
    howToRun: [
      'Lisez l’objectif de l’entreprise à voix haute : chaque chiffre sur la table doit le servir.',
      'Chacun trie les KPI seul : Marketing, Ventes ou Partagé.',
      'Dévoilez. Commencez par les chiffres où les équipes divergent ; laissez chaque camp expliquer pourquoi.',
      'Dans le tableau, fixez un responsable pour chaque chiffre, avec un nom, une cible et son unité. Montrez le tableau au projecteur et relisez-le.',
    ],
    timing: 'Environ 25 minutes : 5 pour trier, 10 sur les désaccords, 10 pour les responsables et les cibles.',
    watchFor: [
      '« Partagé » pour éviter de décider : un chiffre partagé a quand même besoin d’une personne nommée qui en rend compte.',
      'Des cibles que personne ne peut mesurer aujourd’hui : écrivez « d’abord un point de départ » plutôt que d’inventer un chiffre.',
      'Trop de KPI : cinq que les deux équipes suivent valent mieux que douze que personne ne lit.',
    ],
  },
  es: {
    purpose:
      'A cada equipo se le mide por cifras, y a menudo por cifras que mueve el otro equipo. Acordar de quién es cada cifra, y cuáles son compartidas, acaba con la discusión de «tus leads, mis leads».',
    howToRun: [
      'Lee en voz alta el objetivo de la empresa: cada cifra sobre la mesa debe servirle.',
      'Cada persona ordena los KPI sola: Marketing, Ventas o Compartido.',
      'Muestra el resultado. Empieza por las cifras en las que los equipos discrepan; deja que cada lado explique por qué.',
      'En el tablero, fija un responsable para cada cifra, con un nombre, un objetivo y su unidad. Muestra la tabla en el proyector y léela en voz alta.',
    ],
    timing: 'Unos 25 minutos: 5 para ordenar, 10 para los desacuerdos, 10 para responsables y objetivos.',
    watchFor: [
      '«Compartido» para evitar decidir: una cifra compartida también necesita una persona con nombre que informe sobre ella.',
      'Objetivos que hoy nadie puede medir: escribe «primero, el punto de partida» en lugar de inventar una cifra.',
      'Demasiados KPI: cinco que miran los dos equipos valen más que doce que nadie lee.',
    ],
  },
};
