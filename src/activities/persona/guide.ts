import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const personaGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose:
      'Marketing would never plan a campaign without a buyer persona, yet rarely writes one for its closest internal customer. Writing it together, and seeing whose picture it is, is the first step to helping sales instead of lecturing it.',
    howToRun: [
      'Explain the canvas: eight sections, one short note per idea. Everyone writes, Sales about themselves and Marketing about Sales.',
      'Give 8–10 minutes for notes. Walk the console board: leave out duplicates and jokes before the vote.',
      'Open the vote. Everyone spends their dots on the notes that describe sales best.',
      'Reveal the results: each note shows Sales’ dots and Marketing’s side by side. Start with the sections where the two teams’ favourite notes differ.',
      'Mark the notes the room agrees on. They become the one-page persona in the report.',
    ],
    timing: '30–40 minutes: 10 to write, 5 to vote, 15–20 to talk through the differences and agree.',
    watchFor: [
      'Marketing writing caricatures (“only care about money”). Ask: what in the pay plan makes that rational?',
      'Sales staying quiet in the distrust section. Keep it anonymous on the screen and name past events, not people.',
      'Too many notes in one section. Leave out duplicates before the vote so the dots are not split.',
      'Agreeing too fast. A persona both teams sign off on should still surprise marketing somewhere.',
    ],
  },
  de: {
    purpose:
      'Das Marketing würde nie eine Kampagne ohne Buyer Persona planen, schreibt aber selten eine für seinen engsten internen Kunden. Sie gemeinsam zu schreiben und zu sehen, wessen Bild es ist, ist der erste Schritt, den Vertrieb zu unterstützen statt zu belehren.',
    howToRun: [
      'Erklären Sie die Vorlage: acht Abschnitte, eine kurze Notiz pro Idee. Alle schreiben, der Vertrieb über sich selbst, das Marketing über den Vertrieb.',
      'Geben Sie 8–10 Minuten für die Notizen. Gehen Sie das Board in der Konsole durch: Lassen Sie Doppeltes und Witze vor der Abstimmung weg.',
      'Öffnen Sie die Abstimmung. Alle vergeben ihre Punkte an die Notizen, die den Vertrieb am besten beschreiben.',
      'Zeigen Sie die Ergebnisse: Jede Notiz zeigt die Punkte von Vertrieb und Marketing nebeneinander. Beginnen Sie mit den Abschnitten, in denen sich die Lieblingsnotizen der Teams unterscheiden.',
      'Markieren Sie die Notizen, auf die sich der Raum einigt. Sie werden zur einseitigen Persona im Bericht.',
    ],
    timing: '30–40 Minuten: 10 zum Schreiben, 5 zum Abstimmen, 15–20 für die Unterschiede und die Einigung.',
    watchFor: [
      'Marketing, das Karikaturen schreibt („denken nur ans Geld“). Fragen Sie: Was im Vergütungsplan macht das vernünftig?',
      'Ein Vertrieb, der beim Misstrauen schweigt. Halten Sie es am Bildschirm anonym und nennen Sie vergangene Ereignisse, nicht Personen.',
      'Zu viele Notizen in einem Abschnitt. Lassen Sie Doppeltes vor der Abstimmung weg, damit sich die Punkte nicht aufteilen.',
      'Zu schnelle Einigkeit. Eine Persona, die beide Teams unterschreiben, sollte das Marketing trotzdem irgendwo überraschen.',
    ],
  },
  fr: {
    purpose:
      'Le marketing ne lancerait jamais une campagne sans persona acheteur, mais en écrit rarement un pour son client interne le plus proche. L’écrire ensemble, et voir de qui c’est le portrait, est le premier pas pour aider les ventes plutôt que leur faire la leçon.',
    howToRun: [
      'Expliquez le canevas : huit sections, une note courte par idée. Tout le monde écrit, les Ventes sur elles-mêmes et le Marketing sur les Ventes.',
      'Donnez 8 à 10 minutes pour les notes. Parcourez le tableau dans la console : écartez les doublons et les blagues avant le vote.',
      'Ouvrez le vote. Chacun répartit ses points sur les notes qui décrivent le mieux les ventes.',
      'Dévoilez les résultats : chaque note montre côte à côte les points des Ventes et du Marketing. Commencez par les sections où les notes favorites des deux équipes diffèrent.',
      'Marquez les notes sur lesquelles la salle s’accorde. Elles forment le persona d’une page du rapport.',
    ],
    timing: '30 à 40 minutes : 10 pour écrire, 5 pour voter, 15 à 20 pour parler des différences et s’accorder.',
    watchFor: [
      'Le marketing qui écrit des caricatures (« ne pensent qu’à l’argent »). Demandez : qu’est-ce qui, dans le plan de rémunération, rend cela rationnel ?',
      'Les ventes qui se taisent dans la section méfiance. Gardez l’anonymat à l’écran et citez des événements passés, pas des personnes.',
      'Trop de notes dans une section. Écartez les doublons avant le vote pour que les points ne se dispersent pas.',
      'Un accord trop rapide. Un persona signé par les deux équipes devrait quand même surprendre le marketing quelque part.',
    ],
  },
  es: {
    purpose:
      'Marketing nunca planificaría una campaña sin un buyer persona, pero casi nunca escribe uno para su cliente interno más cercano. Escribirlo juntos, y ver de quién es el retrato, es el primer paso para ayudar a Ventas en lugar de sermonearla.',
    howToRun: [
      'Explica el lienzo: ocho secciones, una nota corta por idea. Todos escriben: Ventas sobre sí misma y Marketing sobre Ventas.',
      'Da 8–10 minutos para las notas. Revisa el tablero en la consola: deja fuera duplicados y bromas antes de votar.',
      'Abre la votación. Cada persona reparte sus puntos entre las notas que mejor describen a Ventas.',
      'Muestra los resultados: cada nota enseña los puntos de Ventas y de Marketing uno al lado del otro. Empieza por las secciones donde las notas favoritas de los equipos difieren.',
      'Marca las notas en las que la sala está de acuerdo. Serán el persona de una página del informe.',
    ],
    timing: '30–40 minutos: 10 para escribir, 5 para votar, 15–20 para hablar de las diferencias y acordar.',
    watchFor: [
      'Marketing escribiendo caricaturas («solo les importa el dinero»). Pregunta: ¿qué del plan de comisiones hace que eso sea racional?',
      'Ventas callada en la sección de desconfianza. Mantén el anonimato en pantalla y nombra hechos pasados, no personas.',
      'Demasiadas notas en una sección. Quita duplicados antes de votar para que los puntos no se repartan.',
      'Acuerdo demasiado rápido. Un persona que firman los dos equipos debería sorprender a Marketing en algo.',
    ],
  },
};
