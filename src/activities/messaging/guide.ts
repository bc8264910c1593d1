import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const messagingGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose:
      'Bring a salesperson into marketing’s work: both teams write the words they would use with one kind of buyer, starting from what earlier workshops heard, and see which messages both teams would put their name to.',
    howToRun: [
      'Before the session, bring in the pains and friction points from earlier workshops of the series; keep the five or six that matter for this segment.',
      'Read the segment and the starting points aloud. Ask for one message per idea, short enough for a subject line.',
      'Everyone writes on their phone for five minutes, alone.',
      'Open the vote. People vote for the messages they would use themselves, their own included.',
      'Show the results: start with the messages both teams chose, then talk about the ones only one team liked.',
    ],
    timing: '20–30 minutes: 5 to write, 3 to vote, the rest to talk.',
    watchFor: [
      'Messages that describe the product instead of the buyer’s problem: point back at the starting points.',
      'A message only Sales voted for is often the one customers actually hear; ask marketing why it did not land with them.',
      'Small teams: their split is hidden below the anonymity threshold, so the totals still count them.',
    ],
  },
  de: {
    purpose:
      'Den Vertrieb in die Arbeit des Marketings holen: Beide Teams schreiben die Worte, die sie bei einer Art von Käufer verwenden würden, ausgehend von dem, was frühere Workshops gehört haben, und sehen, hinter welche Botschaften sich beide Teams stellen würden.',
    howToRun: [
      'Holen Sie vorab die Probleme und Reibungspunkte aus früheren Workshops der Reihe herein; behalten Sie die fünf oder sechs, die für dieses Segment zählen.',
      'Lesen Sie das Segment und die Ausgangspunkte vor. Bitten Sie um eine Botschaft pro Idee, kurz genug für eine Betreffzeile.',
      'Alle schreiben fünf Minuten lang für sich am Handy.',
      'Öffnen Sie die Abstimmung. Alle stimmen für die Botschaften, die sie selbst verwenden würden, auch die eigenen.',
      'Zeigen Sie die Ergebnisse: Beginnen Sie mit den Botschaften, die beide Teams gewählt haben, dann sprechen Sie über die, die nur einem Team gefielen.',
    ],
    timing: '20–30 Minuten: 5 zum Schreiben, 3 zum Abstimmen, der Rest zum Sprechen.',
    watchFor: [
      'Botschaften, die das Produkt beschreiben statt das Problem des Käufers: Verweisen Sie auf die Ausgangspunkte.',
      'Eine Botschaft, für die nur der Vertrieb gestimmt hat, ist oft die, die Kunden tatsächlich hören; fragen Sie das Marketing, warum sie dort nicht ankam.',
      'Kleine Teams: Ihre Aufteilung bleibt unter der Anonymitätsschwelle verborgen, in den Summen zählen sie trotzdem.',
    ],
  },
  fr: {
    purpose:
      'Associer les ventes au travail du marketing : les deux équipes écrivent les mots qu’elles emploieraient avec un type d’acheteur, en partant de ce que les ateliers précédents ont entendu, et voient quels messages les deux équipes signeraient.',
    howToRun: [
      'Avant la séance, reprenez les difficultés et points de friction des ateliers précédents de la série ; gardez les cinq ou six qui comptent pour ce segment.',
      'Lisez le segment et les points de départ à voix haute. Demandez un message par idée, assez court pour un objet d’e-mail.',
      'Chacun écrit seul sur son téléphone pendant cinq minutes.',
      'Ouvrez le vote. Chacun vote pour les messages qu’il utiliserait lui-même, y compris les siens.',
      'Montrez les résultats : commencez par les messages choisis par les deux équipes, puis parlez de ceux qu’une seule équipe a aimés.',
    ],
    timing: '20 à 30 minutes : 5 pour écrire, 3 pour voter, le reste pour échanger.',
    watchFor: [
      'Les messages qui décrivent le produit au lieu du problème de l’acheteur : renvoyez aux points de départ.',
      'Un message que seules les ventes ont choisi est souvent celui que les clients entendent vraiment ; demandez au marketing pourquoi il ne l’a pas convaincu.',
      'Les petites équipes : leur répartition est masquée sous le seuil d’anonymat, mais elles comptent dans les totaux.',
    ],
  },
  es: {
    purpose:
      'Traer a Ventas al trabajo de Marketing: los dos equipos escriben las palabras que usarían con un tipo de comprador, partiendo de lo que escucharon talleres anteriores, y ven qué mensajes firmarían ambos equipos.',
    howToRun: [
      'Antes de la sesión, trae los problemas y puntos de fricción de talleres anteriores de la serie; quédate con los cinco o seis que importan para este segmento.',
      'Lee en voz alta el segmento y los puntos de partida. Pide un mensaje por idea, lo bastante corto para el asunto de un correo.',
      'Cada persona escribe sola en el móvil durante cinco minutos.',
      'Abre la votación. Cada persona vota los mensajes que usaría, incluidos los suyos.',
      'Muestra los resultados: empieza por los mensajes que eligieron los dos equipos y luego habla de los que solo gustaron a uno.',
    ],
    timing: '20–30 minutos: 5 para escribir, 3 para votar, el resto para hablar.',
    watchFor: [
      'Mensajes que describen el producto en lugar del problema del comprador: vuelve a los puntos de partida.',
      'Un mensaje que solo votó Ventas suele ser el que de verdad oyen los clientes; pregunta a Marketing por qué no le convenció.',
      'Equipos pequeños: su reparto queda oculto bajo el umbral de anonimato, pero cuentan en los totales.',
    ],
  },
};
