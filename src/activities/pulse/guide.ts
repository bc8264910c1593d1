import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const pulseGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose:
      'Take the temperature of the Sales–Marketing relationship in two minutes: where both teams agree, and where they see the same thing very differently.',
    howToRun: [
      'Say it is anonymous by design: nobody, not even you, sees who gave which rating.',
      'Everyone rates each statement from 1 (strongly disagree) to 5 (strongly agree) on their phone; no discussion while rating.',
      'Reveal, start with the largest gap, and ask each team what they see that the other does not.',
    ],
    timing: '2 minutes to answer, 5–10 to talk through the largest gaps.',
    watchFor: [
      'Low scores from both teams are a shared problem, not a fight: name them as such.',
      'A small team: its split stays hidden below the anonymity threshold; do not guess aloud who said what.',
      'Run the same set again later: the set is versioned, so only compare runs of the same version.',
    ],
  },
  de: {
    purpose:
      'In zwei Minuten die Temperatur der Beziehung zwischen Vertrieb und Marketing messen: wo beide Teams übereinstimmen und wo sie dasselbe sehr verschieden sehen.',
    howToRun: [
      'Sagen Sie, dass es bewusst anonym ist: Niemand, auch Sie nicht, sieht, wer welche Bewertung gegeben hat.',
      'Alle bewerten jede Aussage am Handy von 1 (stimme gar nicht zu) bis 5 (stimme voll zu); keine Diskussion beim Bewerten.',
      'Zeigen Sie das Ergebnis, beginnen Sie mit der größten Lücke und fragen Sie jedes Team, was es sieht, das das andere nicht sieht.',
    ],
    timing: '2 Minuten zum Antworten, 5–10 für die größten Lücken.',
    watchFor: [
      'Niedrige Werte bei beiden Teams sind ein gemeinsames Problem, kein Streit: Benennen Sie sie so.',
      'Ein kleines Team: Seine Aufteilung bleibt unter der Anonymitätsschwelle verborgen; raten Sie nicht laut, wer was gesagt hat.',
      'Wiederholen Sie dieselben Aussagen später: Der Satz hat eine Version, vergleichen Sie also nur Durchläufe derselben Version.',
    ],
  },
  fr: {
    purpose:
      'Prendre en deux minutes la température de la relation Ventes–Marketing : où les deux équipes sont d’accord, et où elles voient la même chose très différemment.',
    howToRun: [
      'Dites que c’est anonyme par conception : personne, pas même vous, ne voit qui a donné quelle note.',
      'Chacun note chaque affirmation sur son téléphone de 1 (pas du tout d’accord) à 5 (tout à fait d’accord) ; pas de discussion pendant la notation.',
      'Dévoilez, commencez par le plus grand écart et demandez à chaque équipe ce qu’elle voit que l’autre ne voit pas.',
    ],
    timing: '2 minutes pour répondre, 5 à 10 pour parler des plus grands écarts.',
    watchFor: [
      'Des notes basses des deux côtés sont un problème commun, pas un conflit : nommez-les ainsi.',
      'Une petite équipe : sa répartition reste masquée sous le seuil d’anonymat ; ne devinez pas à voix haute qui a dit quoi.',
      'Refaites la même série plus tard : elle est versionnée, ne comparez donc que des passages de la même version.',
    ],
  },
  es: {
    purpose:
      'Tomar en dos minutos la temperatura de la relación entre Ventas y Marketing: dónde coinciden los dos equipos y dónde ven lo mismo de forma muy distinta.',
    howToRun: [
      'Di que es anónimo a propósito: nadie, ni siquiera tú, ve quién dio cada valoración.',
      'Cada persona valora cada afirmación en el móvil de 1 (muy en desacuerdo) a 5 (muy de acuerdo); sin debate mientras se valora.',
      'Muestra el resultado, empieza por la mayor diferencia y pregunta a cada equipo qué ve que el otro no ve.',
    ],
    timing: '2 minutos para responder, 5–10 para hablar de las mayores diferencias.',
    watchFor: [
      'Notas bajas en los dos equipos son un problema compartido, no una pelea: nómbralas así.',
      'Un equipo pequeño: su reparto queda oculto bajo el umbral de anonimato; no adivines en voz alta quién dijo qué.',
      'Repite el mismo conjunto más adelante: tiene versión, así que compara solo pasadas de la misma versión.',
    ],
  },
};
