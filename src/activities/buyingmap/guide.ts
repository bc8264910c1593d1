import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const buyingMapGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose:
      'Marketing sees segments and campaigns, sales sees accounts and calls. Laying the buyer’s journey out once, with who owns each step, shows where the hand-off really happens and where buyers fall through the gap.',
    howToRun: [
      'Before the day, fill in the stages for one or two segments with someone from each team. Keep the words the buyer would use.',
      'Walk the map on the projector left to right: what the buyer wants at each stage, who owns it, where the hand-off is.',
      'Ask everyone to drop their markers on their phones: where deals stall, where we lose buyers, where we have no content.',
      'Reveal the heat per team. Start with the stage where Sales and Marketing marked most differently.',
      'Pick two or three friction points to fix and write them on the board; they go into the report.',
    ],
    timing: '25–35 minutes: 5 to walk the map, 5 to place markers, 15–25 to discuss and pick what to fix.',
    watchFor: [
      'A debate about the stage names. Fix the words later; the friction matters more.',
      'A hand-off nobody can place. That is a finding in itself: write it down.',
      '“No content here” at late stages: sales often builds its own, and marketing never sees it.',
      'Every marker on one stage. Ask people to spread them: where is the second-worst place?',
    ],
  },
  de: {
    purpose:
      'Marketing sieht Segmente und Kampagnen, der Vertrieb sieht Accounts und Gespräche. Die Kaufreise einmal gemeinsam aufzuzeichnen, mit der Zuständigkeit für jeden Schritt, zeigt, wo die Übergabe wirklich passiert und wo Käufer durchs Raster fallen.',
    howToRun: [
      'Füllen Sie vorab die Phasen für ein oder zwei Segmente mit je einer Person aus jedem Team aus. Bleiben Sie bei den Worten, die der Käufer benutzen würde.',
      'Gehen Sie die Karte am Beamer von links nach rechts durch: Was will der Käufer in jeder Phase, wer ist zuständig, wo ist die Übergabe?',
      'Bitten Sie alle, ihre Markierungen am Handy zu setzen: wo Deals stocken, wo wir Käufer verlieren, wo uns Inhalte fehlen.',
      'Zeigen Sie die Verteilung je Team. Beginnen Sie mit der Phase, die Vertrieb und Marketing am unterschiedlichsten markiert haben.',
      'Wählen Sie zwei oder drei Reibungspunkte, die Sie angehen, und halten Sie sie im Board fest; sie kommen in den Bericht.',
    ],
    timing: '25–35 Minuten: 5 für den Gang durch die Karte, 5 für die Markierungen, 15–25 zum Besprechen und Auswählen.',
    watchFor: [
      'Eine Debatte über die Namen der Phasen. Die Worte klären Sie später; die Reibung ist wichtiger.',
      'Eine Übergabe, die niemand verorten kann. Das ist selbst ein Ergebnis: Halten Sie es fest.',
      '„Hier fehlen Inhalte“ in späten Phasen: Der Vertrieb baut dort oft eigene, und das Marketing sieht sie nie.',
      'Alle Markierungen auf einer Phase. Bitten Sie um Verteilung: Wo ist die zweitschlimmste Stelle?',
    ],
  },
  fr: {
    purpose:
      'Le marketing voit des segments et des campagnes, les ventes voient des comptes et des appels. Dessiner une fois le parcours d’achat, avec qui porte chaque étape, montre où le passage de relais a vraiment lieu et où les acheteurs passent entre les mailles.',
    howToRun: [
      'Avant la journée, remplissez les étapes d’un ou deux segments avec une personne de chaque équipe. Gardez les mots qu’emploierait l’acheteur.',
      'Parcourez la carte au projecteur de gauche à droite : ce que veut l’acheteur à chaque étape, qui la porte, où se fait le passage de relais.',
      'Demandez à chacun de poser ses marqueurs sur son téléphone : où les affaires stagnent, où nous perdons les acheteurs, où nous n’avons pas de contenu.',
      'Dévoilez la répartition par équipe. Commencez par l’étape que Ventes et Marketing ont marquée le plus différemment.',
      'Choisissez deux ou trois points de friction à traiter et notez-les dans le tableau ; ils figurent dans le rapport.',
    ],
    timing: '25 à 35 minutes : 5 pour parcourir la carte, 5 pour poser les marqueurs, 15 à 25 pour discuter et choisir quoi corriger.',
    watchFor: [
      'Un débat sur le nom des étapes. Les mots se règlent plus tard ; la friction compte davantage.',
      'Un passage de relais que personne ne sait situer. C’est un résultat en soi : notez-le.',
      '« Pas de contenu ici » aux étapes tardives : les ventes fabriquent souvent le leur, et le marketing ne le voit jamais.',
      'Tous les marqueurs sur une seule étape. Demandez de les répartir : quel est le deuxième pire endroit ?',
    ],
  },
  es: {
    purpose:
      'Marketing ve segmentos y campañas; Ventas ve cuentas y llamadas. Dibujar una vez el recorrido de compra, con quién se encarga de cada paso, muestra dónde ocurre de verdad el traspaso y dónde se pierden los compradores por el camino.',
    howToRun: [
      'Antes del taller, rellena las etapas de uno o dos segmentos con alguien de cada equipo. Usa las palabras que usaría el comprador.',
      'Recorre el mapa en el proyector de izquierda a derecha: qué quiere el comprador en cada etapa, quién se encarga, dónde está el traspaso.',
      'Pide a todos que pongan sus marcadores en el móvil: dónde se estancan los negocios, dónde perdemos compradores, dónde no tenemos contenido.',
      'Muestra el mapa de calor por equipo. Empieza por la etapa que Ventas y Marketing marcaron de forma más distinta.',
      'Elige dos o tres puntos de fricción que resolver y anótalos en el tablero; van al informe.',
    ],
    timing: '25–35 minutos: 5 para recorrer el mapa, 5 para poner marcadores, 15–25 para hablar y elegir qué arreglar.',
    watchFor: [
      'Un debate sobre los nombres de las etapas. Las palabras se arreglan luego; la fricción importa más.',
      'Un traspaso que nadie sabe situar. Eso ya es un hallazgo: anótalo.',
      '«Aquí no hay contenido» en las últimas etapas: Ventas suele crear el suyo, y Marketing nunca lo ve.',
      'Todos los marcadores en una sola etapa. Pide que los repartan: ¿cuál es el segundo peor sitio?',
    ],
  },
};
