import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const leadSortGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose:
      'Sales and Marketing often use the word “lead” for different things. Sorting the same signals side by side shows exactly where, and gives you the start of a definition both teams sign.',
    howToRun: [
      'Say why: the aim is not to find who is right, it is to see where we differ.',
      'Everyone sorts every card on their own, without talking. “Depends” is a fine answer: ask them to say on what.',
      'Lock the answers, then reveal. Start with the top of “where we disagree most” and ask one person from each team to explain their choice.',
      'Draft the definition from the results in the board, then edit it live with the room until both teams can live with it.',
    ],
    timing: 'About 25 minutes: 8 to sort, 12 to talk through the biggest gaps, 5 to agree the draft.',
    watchFor: [
      'A team defending its column instead of explaining it: ask “what have you seen that makes you say that?”.',
      'Cards that land in “Depends” for both teams: the notes usually name the real rule (company size, seniority, timing).',
      'A small team below the anonymity threshold: the split is hidden on purpose; talk about the overall picture instead.',
    ],
  },
  de: {
    purpose:
      'Vertrieb und Marketing meinen mit „Lead“ oft Verschiedenes. Dieselben Signale nebeneinander zu sortieren zeigt genau, wo, und liefert den Anfang einer Definition, die beide Teams unterschreiben.',
    howToRun: [
      'Sagen Sie, warum: Es geht nicht darum, wer recht hat, sondern darum, zu sehen, wo wir uns unterscheiden.',
      'Alle sortieren jede Karte für sich, ohne zu sprechen. „Kommt drauf an“ ist eine gute Antwort: Bitten Sie darum, zu sagen, worauf.',
      'Sperren Sie die Antworten, dann zeigen Sie das Ergebnis. Beginnen Sie oben bei „größte Uneinigkeit“ und bitten Sie je eine Person aus jedem Team, ihre Wahl zu erklären.',
      'Entwerfen Sie im Board aus den Ergebnissen die Definition und bearbeiten Sie sie live mit dem Raum, bis beide Teams damit leben können.',
    ],
    timing: 'Etwa 25 Minuten: 8 zum Sortieren, 12 für die größten Unterschiede, 5 für den Entwurf.',
    watchFor: [
      'Ein Team, das seine Spalte verteidigt, statt sie zu erklären: Fragen Sie „Was haben Sie erlebt, dass Sie das sagen?“.',
      'Karten, die bei beiden Teams unter „Kommt drauf an“ landen: Die Notizen nennen meist die eigentliche Regel (Firmengröße, Position, Zeitpunkt).',
      'Ein kleines Team unter der Anonymitätsschwelle: Die Aufteilung bleibt bewusst verborgen; sprechen Sie stattdessen über das Gesamtbild.',
    ],
  },
  fr: {
    purpose:
      'Ventes et Marketing mettent souvent des choses différentes derrière le mot « lead ». Trier les mêmes signaux côte à côte montre exactement où, et donne le début d’une définition que les deux équipes signent.',
    howToRun: [
      'Dites pourquoi : le but n’est pas de savoir qui a raison, mais de voir où nous différons.',
      'Chacun trie chaque carte seul, sans parler. « Ça dépend » est une bonne réponse : demandez de quoi.',
      'Verrouillez les réponses, puis dévoilez. Commencez par le haut de « là où nous divergeons le plus » et demandez à une personne de chaque équipe d’expliquer son choix.',
      'Rédigez la définition à partir des résultats dans le tableau, puis modifiez-la en direct avec la salle jusqu’à ce que les deux équipes puissent l’accepter.',
    ],
    timing: 'Environ 25 minutes : 8 pour trier, 12 pour parler des plus gros écarts, 5 pour valider le projet.',
    watchFor: [
      'Une équipe qui défend sa colonne au lieu de l’expliquer : demandez « qu’avez-vous vu qui vous fait dire ça ? ».',
      'Les cartes classées « Ça dépend » par les deux équipes : les notes nomment souvent la vraie règle (taille de l’entreprise, niveau hiérarchique, calendrier).',
      'Une petite équipe sous le seuil d’anonymat : la répartition est masquée exprès ; parlez plutôt de l’ensemble.',
    ],
  },
  es: {
    purpose:
      'Ventas y Marketing suelen llamar «lead» a cosas distintas. Ordenar las mismas señales una al lado de otra muestra exactamente dónde, y da el comienzo de una definición que firman los dos equipos.',
    howToRun: [
      'Explica el porqué: no se trata de ver quién tiene razón, sino dónde diferimos.',
      'Cada persona ordena cada tarjeta sola, sin hablar. «Depende» es una buena respuesta: pide que digan de qué.',
      'Bloquea las respuestas y luego muestra los resultados. Empieza por lo más alto de «donde más discrepamos» y pide a una persona de cada equipo que explique su elección.',
      'Redacta la definición a partir de los resultados en el tablero y edítala en directo con la sala hasta que los dos equipos puedan aceptarla.',
    ],
    timing: 'Unos 25 minutos: 8 para ordenar, 12 para hablar de las mayores diferencias, 5 para acordar el borrador.',
    watchFor: [
      'Un equipo que defiende su columna en lugar de explicarla: pregunta «¿qué has visto que te haga decir eso?».',
      'Tarjetas que los dos equipos ponen en «Depende»: las notas suelen nombrar la regla real (tamaño de empresa, cargo, momento).',
      'Un equipo pequeño bajo el umbral de anonimato: el reparto se oculta a propósito; habla mejor del conjunto.',
    ],
  },
};
