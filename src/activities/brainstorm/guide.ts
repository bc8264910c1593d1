import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const brainstormGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose: 'Get every voice into the room, including the quiet ones, before anyone argues for a favourite.',
    howToRun: [
      'Read the question aloud and give a concrete example answer.',
      'Everyone writes alone, one idea per card, for a few minutes.',
      'Group the cards into themes on the board while they write; name the themes in the room’s words.',
      'Reveal and read the themes back. Ask what surprised people.',
    ],
    timing: '10–20 minutes: 5 to write, the rest to group and talk.',
    watchFor: [
      'Cards that are really two ideas: split them.',
      'One loud theme hiding a small but important one.',
      'Team marks on tiny groups: they hide themselves below the anonymity threshold.',
    ],
  },
  de: {
    purpose: 'Alle Stimmen in den Raum holen, auch die leisen, bevor jemand für einen Favoriten wirbt.',
    howToRun: [
      'Lesen Sie die Frage laut vor und geben Sie eine konkrete Beispielantwort.',
      'Alle schreiben einige Minuten für sich, eine Idee pro Karte.',
      'Gruppieren Sie die Karten schon während des Schreibens zu Themen; benennen Sie die Themen mit den Worten des Raums.',
      'Zeigen Sie die Themen und lesen Sie sie vor. Fragen Sie, was überrascht hat.',
    ],
    timing: '10–20 Minuten: 5 zum Schreiben, der Rest zum Gruppieren und Sprechen.',
    watchFor: [
      'Karten, die eigentlich zwei Ideen sind: teilen Sie sie.',
      'Ein lautes Thema, das ein kleines, aber wichtiges verdeckt.',
      'Team-Markierungen bei sehr kleinen Gruppen: Unter der Anonymitätsschwelle werden sie ausgeblendet.',
    ],
  },
  fr: {
    purpose: 'Faire entendre toutes les voix, y compris les plus discrètes, avant que quiconque ne défende son idée favorite.',
    howToRun: [
      'Lisez la question à voix haute et donnez un exemple de réponse concret.',
      'Chacun écrit seul pendant quelques minutes, une idée par carte.',
      'Regroupez les cartes en thèmes pendant qu’ils écrivent ; nommez les thèmes avec les mots de la salle.',
      'Dévoilez les thèmes et relisez-les. Demandez ce qui a surpris.',
    ],
    timing: '10 à 20 minutes : 5 pour écrire, le reste pour regrouper et échanger.',
    watchFor: [
      'Les cartes qui contiennent en fait deux idées : séparez-les.',
      'Un thème bruyant qui en cache un petit mais important.',
      'Les marques d’équipe sur de tout petits groupes : sous le seuil d’anonymat, elles sont masquées.',
    ],
  },
  es: {
    purpose: 'Que se oigan todas las voces, también las más calladas, antes de que nadie defienda su idea favorita.',
    howToRun: [
      'Lee la pregunta en voz alta y da un ejemplo de respuesta concreto.',
      'Cada persona escribe sola durante unos minutos, una idea por tarjeta.',
      'Agrupa las tarjetas en temas mientras escriben; ponles nombre con las palabras de la sala.',
      'Muestra los temas y léelos en voz alta. Pregunta qué les ha sorprendido.',
    ],
    timing: '10–20 minutos: 5 para escribir, el resto para agrupar y hablar.',
    watchFor: [
      'Tarjetas que en realidad son dos ideas: sepáralas.',
      'Un tema ruidoso que tapa otro pequeño pero importante.',
      'Las marcas de equipo en grupos muy pequeños: por debajo del umbral de anonimato se ocultan.',
    ],
  },
};
