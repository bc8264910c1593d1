import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const retroGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose:
      'Trust between Sales and Marketing is lost in specific moments and won back slowly, in small steps. Naming those moments without blame, then choosing one small step together, starts that.',
    howToRun: [
      'Say it plainly: cards are anonymous, and we talk about what happened, not who did it.',
      'Everyone writes cards for the three questions; one thought per card.',
      'Group the cards into themes on the board while people write. Name each theme in the room’s own words.',
      'Open the vote: everyone spends their dots on the themes to work on first. Reveal and agree one or two small steps, each with an owner.',
    ],
    timing: 'About 30 minutes: 8 to write, 7 to group, 5 to vote, 10 to agree the first steps.',
    watchFor: [
      'Blame of one person: steer back to what happened and what we would change.',
      'Only old stories: ask for one thing that helped recently, however small.',
      'Big promises: the point is one step small enough to take next month; move larger ideas to the commitments.',
      'Small teams: with fewer people than the anonymity threshold, team marks stay hidden; do not guess out loud who wrote what.',
    ],
  },
  de: {
    purpose:
      'Vertrauen zwischen Vertrieb und Marketing geht in bestimmten Momenten verloren und kommt langsam, in kleinen Schritten, zurück. Diese Momente ohne Schuldzuweisung zu benennen und dann gemeinsam einen kleinen Schritt zu wählen, ist der Anfang.',
    howToRun: [
      'Sagen Sie es klar: Die Karten sind anonym, und wir sprechen darüber, was passiert ist, nicht wer es getan hat.',
      'Alle schreiben Karten zu den drei Fragen; ein Gedanke pro Karte.',
      'Gruppieren Sie die Karten im Board zu Themen, während geschrieben wird. Benennen Sie jedes Thema mit den Worten des Raums.',
      'Öffnen Sie die Abstimmung: Alle vergeben ihre Punkte an die Themen, die zuerst angegangen werden sollen. Zeigen Sie das Ergebnis und vereinbaren Sie ein oder zwei kleine Schritte, jeweils mit verantwortlicher Person.',
    ],
    timing: 'Etwa 30 Minuten: 8 zum Schreiben, 7 zum Gruppieren, 5 zum Abstimmen, 10 für die ersten Schritte.',
    watchFor: [
      'Schuld bei einer Person: Lenken Sie zurück auf das, was passiert ist und was wir ändern würden.',
      'Nur alte Geschichten: Fragen Sie nach einer Sache, die kürzlich geholfen hat, so klein sie auch ist.',
      'Große Versprechen: Es geht um einen Schritt, klein genug für den nächsten Monat; größere Ideen gehören zu den Vereinbarungen.',
      'Kleine Teams: Mit weniger Personen als die Anonymitätsschwelle bleiben Team-Markierungen verborgen; raten Sie nicht laut, wer was geschrieben hat.',
    ],
  },
  fr: {
    purpose:
      'La confiance entre Ventes et Marketing se perd à des moments précis et se regagne lentement, par petits pas. Nommer ces moments sans chercher de coupable, puis choisir ensemble un petit pas, c’est le début.',
    howToRun: [
      'Dites-le simplement : les cartes sont anonymes, et nous parlons de ce qui s’est passé, pas de qui l’a fait.',
      'Chacun écrit des cartes pour les trois questions ; une idée par carte.',
      'Regroupez les cartes en thèmes dans le tableau pendant que les gens écrivent. Nommez chaque thème avec les mots de la salle.',
      'Ouvrez le vote : chacun répartit ses points sur les thèmes à traiter en premier. Dévoilez et convenez d’un ou deux petits pas, chacun avec un responsable.',
    ],
    timing: 'Environ 30 minutes : 8 pour écrire, 7 pour regrouper, 5 pour voter, 10 pour convenir des premiers pas.',
    watchFor: [
      'Accuser une personne : ramenez à ce qui s’est passé et à ce que nous changerions.',
      'Uniquement de vieilles histoires : demandez une chose qui a aidé récemment, même petite.',
      'Les grandes promesses : il s’agit d’un pas assez petit pour le mois prochain ; renvoyez les idées plus grandes aux engagements.',
      'Les petites équipes : avec moins de personnes que le seuil d’anonymat, les marques d’équipe restent masquées ; ne devinez pas à voix haute qui a écrit quoi.',
    ],
  },
  es: {
    purpose:
      'La confianza entre Ventas y Marketing se pierde en momentos concretos y se recupera despacio, a pequeños pasos. Nombrar esos momentos sin culpar a nadie, y luego elegir juntos un paso pequeño, es el comienzo.',
    howToRun: [
      'Dilo claro: las tarjetas son anónimas, y hablamos de lo que pasó, no de quién lo hizo.',
      'Cada persona escribe tarjetas para las tres preguntas; una idea por tarjeta.',
      'Agrupa las tarjetas en temas en el tablero mientras la gente escribe. Ponle a cada tema un nombre con las palabras de la sala.',
      'Abre la votación: cada persona reparte sus puntos entre los temas que trabajar primero. Muestra el resultado y acordad uno o dos pasos pequeños, cada uno con su responsable.',
    ],
    timing: 'Unos 30 minutos: 8 para escribir, 7 para agrupar, 5 para votar, 10 para acordar los primeros pasos.',
    watchFor: [
      'Culpar a una persona: vuelve a lo que pasó y a lo que cambiaríamos.',
      'Solo historias antiguas: pide una cosa que haya ayudado hace poco, por pequeña que sea.',
      'Grandes promesas: se trata de un paso lo bastante pequeño para el mes que viene; lleva las ideas más grandes a los compromisos.',
      'Equipos pequeños: con menos personas que el umbral de anonimato, las marcas de equipo quedan ocultas; no adivines en voz alta quién escribió qué.',
    ],
  },
};
