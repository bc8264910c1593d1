import type { Localized } from '../localized';
import type { FacilitatorGuide } from '../types';

export const compGuide: Localized<FacilitatorGuide> = {
  en: {
    purpose:
      'Most marketers have never seen a commission plan up close. Once they see how a rep’s pay swings from month to month, a lot of “why does sales do that?” answers itself.',
    howToRun: [
      'Before the day, ask sales leadership to check the plan numbers. Round, realistic figures beat the real plan: nobody’s pay is on the screen.',
      'Start with the payout curve. Walk along it from 0 to 200 %: where nothing is paid, where quota sits, where the accelerators start, where the cap stops it.',
      'Switch to the twelve paychecks. Pick “Big deal slips a quarter” and ask a rep to tell the story of a month like April or July.',
      'Show the last-day moment. Ask the room what they would do at 95 % with a discount on the table, then open the first poll.',
      'Run two or three polls. Reveal the split by team and ask each side to explain the other side’s answer.',
      'Close by writing three or four “so what for marketing” points on the board, in the room’s words.',
    ],
    timing: '30–40 minutes: 10 for the curve and the paychecks, 5 for the last-day moment, 15–20 for polls and the takeaways.',
    watchFor: [
      'Reps feeling exposed. Keep it about the plan, never about anyone’s actual pay.',
      'Marketers hearing “greedy”. Steer to “this is what the plan rewards”: behaviour follows the incentive.',
      'Debates about whether the plan is fair. Park them: this session is about understanding, not redesigning the plan.',
      'The takeaways staying abstract. Push for something marketing will do differently, e.g. no campaign launches in the last two weeks of a quarter.',
    ],
  },
  de: {
    purpose:
      'Die meisten im Marketing haben nie einen Provisionsplan aus der Nähe gesehen. Wer sieht, wie das Gehalt im Vertrieb von Monat zu Monat schwankt, beantwortet sich viele „Warum macht der Vertrieb das?“ selbst.',
    howToRun: [
      'Lassen Sie die Vertriebsleitung vorab die Zahlen des Plans prüfen. Runde, realistische Zahlen sind besser als der echte Plan: Niemandes Gehalt steht auf dem Bildschirm.',
      'Beginnen Sie mit der Auszahlungskurve. Gehen Sie sie von 0 bis 200 % entlang: wo nichts gezahlt wird, wo die Quote liegt, wo die Beschleuniger beginnen, wo die Obergrenze greift.',
      'Wechseln Sie zu den zwölf Gehaltszahlungen. Wählen Sie „Großer Abschluss rutscht ein Quartal“ und bitten Sie jemanden aus dem Vertrieb, von einem Monat wie April oder Juli zu erzählen.',
      'Zeigen Sie den Moment am letzten Tag. Fragen Sie den Raum, was er bei 95 % mit einem Rabatt auf dem Tisch tun würde, dann öffnen Sie die erste Umfrage.',
      'Machen Sie zwei oder drei Umfragen. Zeigen Sie die Aufteilung nach Team und bitten Sie jede Seite, die Antwort der anderen zu erklären.',
      'Halten Sie zum Schluss drei oder vier Punkte „Was heißt das fürs Marketing?“ im Board fest, mit den Worten des Raums.',
    ],
    timing: '30–40 Minuten: 10 für Kurve und Gehaltszahlungen, 5 für den letzten Tag, 15–20 für Umfragen und Erkenntnisse.',
    watchFor: [
      'Vertriebsleute, die sich bloßgestellt fühlen. Sprechen Sie über den Plan, nie über das tatsächliche Gehalt von jemandem.',
      'Marketing, das „Gier“ hört. Lenken Sie auf „Das belohnt der Plan“: Verhalten folgt dem Anreiz.',
      'Debatten, ob der Plan fair ist. Parken Sie sie: Es geht ums Verstehen, nicht darum, den Plan neu zu gestalten.',
      'Erkenntnisse, die abstrakt bleiben. Drängen Sie auf etwas, das das Marketing anders machen wird, z. B. keine Kampagnenstarts in den letzten zwei Wochen eines Quartals.',
    ],
  },
  fr: {
    purpose:
      'La plupart des marketeurs n’ont jamais vu un plan de commissionnement de près. Quand ils voient à quel point la paie d’un commercial varie d’un mois à l’autre, beaucoup de « pourquoi les ventes font-elles ça ? » trouvent leur réponse.',
    howToRun: [
      'Avant la journée, demandez à la direction commerciale de vérifier les chiffres du plan. Des chiffres ronds et réalistes valent mieux que le vrai plan : la paie de personne n’est à l’écran.',
      'Commencez par la courbe de rémunération. Parcourez-la de 0 à 200 % : où rien n’est payé, où se situe l’objectif, où commencent les accélérateurs, où le plafond l’arrête.',
      'Passez aux douze paies. Choisissez « Une grosse affaire glisse d’un trimestre » et demandez à un commercial de raconter un mois comme avril ou juillet.',
      'Montrez le moment du dernier jour. Demandez à la salle ce qu’elle ferait à 95 % avec une remise sur la table, puis ouvrez le premier sondage.',
      'Faites deux ou trois sondages. Dévoilez la répartition par équipe et demandez à chaque camp d’expliquer la réponse de l’autre.',
      'Terminez en notant dans le tableau trois ou quatre points « et donc, pour le marketing ? », avec les mots de la salle.',
    ],
    timing: '30 à 40 minutes : 10 pour la courbe et les paies, 5 pour le dernier jour, 15 à 20 pour les sondages et les enseignements.',
    watchFor: [
      'Des commerciaux qui se sentent exposés. Parlez du plan, jamais de la paie réelle de quelqu’un.',
      'Des marketeurs qui entendent « cupides ». Ramenez à « voilà ce que le plan récompense » : le comportement suit l’incitation.',
      'Des débats sur l’équité du plan. Mettez-les de côté : la séance sert à comprendre, pas à refaire le plan.',
      'Des enseignements qui restent abstraits. Poussez vers une chose que le marketing fera autrement, par ex. aucun lancement de campagne dans les deux dernières semaines d’un trimestre.',
    ],
  },
  es: {
    purpose:
      'La mayoría de la gente de Marketing nunca ha visto de cerca un plan de comisiones. Cuando ven cuánto cambia la paga de un comercial de un mes a otro, muchos «¿por qué hace eso Ventas?» se responden solos.',
    howToRun: [
      'Antes del taller, pide a la dirección de Ventas que revise las cifras del plan. Cifras redondas y realistas son mejores que el plan real: el sueldo de nadie sale en pantalla.',
      'Empieza por la curva de pago. Recórrela de 0 a 200 %: dónde no se paga nada, dónde está la cuota, dónde empiezan los aceleradores, dónde la para el tope.',
      'Pasa a las doce nóminas. Elige «Un gran negocio se retrasa un trimestre» y pide a un comercial que cuente un mes como abril o julio.',
      'Muestra el momento del último día. Pregunta a la sala qué haría al 95 % con un descuento sobre la mesa y abre la primera encuesta.',
      'Haz dos o tres encuestas. Muestra el reparto por equipo y pide a cada lado que explique la respuesta del otro.',
      'Cierra anotando en el tablero tres o cuatro puntos de «¿y qué significa esto para Marketing?», con las palabras de la sala.',
    ],
    timing: '30–40 minutos: 10 para la curva y las nóminas, 5 para el último día, 15–20 para encuestas y conclusiones.',
    watchFor: [
      'Comerciales que se sienten expuestos. Habla del plan, nunca del sueldo real de nadie.',
      'Marketing que oye «codiciosos». Reconduce a «esto es lo que premia el plan»: el comportamiento sigue al incentivo.',
      'Debates sobre si el plan es justo. Apárcalos: la sesión es para entender, no para rediseñar el plan.',
      'Conclusiones que se quedan en abstracto. Busca algo que Marketing hará distinto, p. ej. ningún lanzamiento de campaña en las dos últimas semanas del trimestre.',
    ],
  },
};
