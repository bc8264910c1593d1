import { formatMoney, type CurrencyCode } from '../../shared/currency';
import { intlLocale, LOCALES, type Locale } from '../../shared/locale';
import type { Localized } from '../localized';
import { CURRENCY_TEXTS as ENGLISH_CURRENCY_TEXTS } from './presets';

// The comp simulator's example words in each language (see ../localized.ts): the roles, the deal
// patterns' names and stories, the labels on their deals and the polls. The numbers (plans,
// deals, ids) are the same in every language and stay in presets.ts. Amounts in a text are
// written for the workshop's language and currency: English as the app always wrote them
// (formatMoney), other languages with Intl in their own locale ("90.000 $", "90 000 $US").

type Money = (amount: number) => string;
type Four = readonly [string, string, string, string];
export type PatternId = 'slip' | 'dry' | 'clawback' | 'steady';

export interface CompWords {
  /** Who is on the default plan (the 50/50 account executive). */
  role: string;
  marketerRole: string;
  patterns: Readonly<Record<PatternId, { name: string; story(money: Money): string }>>;
  /** Labels on single deals of the patterns, by deal id. */
  dealLabels: Readonly<Record<'s4' | 't1' | 'c2', string>>;
  lastDay: { prompt(money: Money): string; options: Four };
  scenarios: Readonly<Record<'workshop-invite' | 'capped' | 'late-lead', { prompt: string; options: Four }>>;
}

const formats = new Map<string, Intl.NumberFormat>();

/** Amounts as a text in `locale` names them (whole units: the stories' amounts are round). */
export function moneyIn(locale: Locale, currency: CurrencyCode): Money {
  if (locale === 'en') return (n) => formatMoney(currency, n);
  const tag = intlLocale(locale, currency);
  let format = formats.get(`${tag}|${currency}`);
  if (!format) {
    format = new Intl.NumberFormat(tag, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
    formats.set(`${tag}|${currency}`, format);
  }
  const f = format;
  return (n) => f.format(n);
}

export const COMP_WORDS: Localized<CompWords> = {
  en: {
    role: 'Account executive',
    marketerRole: 'Marketing manager',
    patterns: {
      slip: { name: 'Big deal slips a quarter', story: (m) => `A ${m(90_000)} deal was meant to close in March. Legal needed three more weeks.` },
      dry: { name: 'Strong start, then a dry spell', story: () => 'Two big wins in January, then the pipeline ran dry until the autumn.' },
      clawback: { name: 'A customer cancels', story: (m) => `A ${m(60_000)} deal signed in February is cancelled in May. The commission goes back.` },
      steady: { name: 'Steady months', story: () => 'Exactly on plan every month: what the plan was designed for, and rarely what happens.' },
    },
    dealLabels: { s4: 'The deal that slipped', t1: 'Two big wins', c2: 'Cancelled in May' },
    lastDay: {
      prompt: (m) =>
        `Last day of the quarter. You are at 95 %. A buyer will sign a ${m(15_000)} deal today for 15 % off, or next week at full price. What do you do?`,
      options: [
        'Give the discount and sign today',
        'Hold the price and sign next week',
        'Ask my manager for a smaller discount',
        'Offer something other than price',
      ],
    },
    scenarios: {
      'workshop-invite': {
        prompt: 'Week 11 of 13, and you are behind. Marketing invites you to a two-hour messaging workshop on Thursday. What do you do?',
        options: ['Go: it will help next quarter', 'Ask for a 20-minute version', 'Send a colleague who is ahead', 'Decline: I need to close'],
      },
      capped: {
        prompt: 'You passed the cap this quarter. Another deal is ready to sign. What do you do?',
        options: ['Sign it today anyway', 'Ask the buyer to sign next quarter', 'Hand it to a colleague', 'Wait and see'],
      },
      'late-lead': {
        prompt: 'Friday afternoon, last week of the quarter. A marketing lead arrives: a good fit, but six months from buying. What do you do?',
        options: ['Call today', 'Call after the quarter closes', 'Pass it to an SDR', 'Send it back to marketing to nurture'],
      },
    },
  },
  de: {
    role: 'Account Executive',
    marketerRole: 'Marketingmanager',
    patterns: {
      slip: {
        name: 'Großer Abschluss rutscht ein Quartal',
        story: (m) => `Ein Abschluss über ${m(90_000)} sollte im März kommen. Die Rechtsabteilung brauchte drei Wochen länger.`,
      },
      dry: { name: 'Starker Start, dann Flaute', story: () => 'Zwei große Abschlüsse im Januar, dann war die Pipeline bis zum Herbst leer.' },
      clawback: {
        name: 'Ein Kunde kündigt',
        story: (m) => `Ein im Februar unterschriebener Abschluss über ${m(60_000)} wird im Mai storniert. Die Provision geht zurück.`,
      },
      steady: { name: 'Gleichmäßige Monate', story: () => 'Jeden Monat genau im Plan: wofür der Plan gemacht ist, und was selten passiert.' },
    },
    dealLabels: { s4: 'Der verrutschte Abschluss', t1: 'Zwei große Abschlüsse', c2: 'Im Mai storniert' },
    lastDay: {
      prompt: (m) =>
        `Letzter Tag des Quartals. Sie stehen bei 95 %. Ein Kunde unterschreibt einen Abschluss über ${m(15_000)} heute mit 15 % Rabatt oder nächste Woche zum vollen Preis. Was tun Sie?`,
      options: [
        'Rabatt geben und heute unterschreiben',
        'Preis halten und nächste Woche unterschreiben',
        'Die Führungskraft um weniger Rabatt bitten',
        'Etwas anderes als Preis anbieten',
      ],
    },
    scenarios: {
      'workshop-invite': {
        prompt: 'Woche 11 von 13, und Sie liegen zurück. Das Marketing lädt Sie am Donnerstag zu einem zweistündigen Messaging-Workshop ein. Was tun Sie?',
        options: [
          'Hingehen: Es hilft im nächsten Quartal',
          'Um eine 20-Minuten-Version bitten',
          'Eine Kollegin schicken, die vorn liegt',
          'Absagen: Ich muss abschließen',
        ],
      },
      capped: {
        prompt: 'Sie haben die Obergrenze in diesem Quartal überschritten. Ein weiterer Abschluss ist unterschriftsreif. Was tun Sie?',
        options: ['Trotzdem heute unterschreiben', 'Den Kunden bitten, nächstes Quartal zu unterschreiben', 'An einen Kollegen abgeben', 'Abwarten'],
      },
      'late-lead': {
        prompt: 'Freitagnachmittag, letzte Woche des Quartals. Ein Marketing-Lead kommt: passt gut, kauft aber erst in sechs Monaten. Was tun Sie?',
        options: ['Heute anrufen', 'Nach Quartalsende anrufen', 'An einen SDR weitergeben', 'Zur Pflege ans Marketing zurückgeben'],
      },
    },
  },
  fr: {
    role: 'Commercial grands comptes',
    marketerRole: 'Responsable marketing',
    patterns: {
      slip: {
        name: 'Une grosse affaire glisse d’un trimestre',
        story: (m) => `Une affaire de ${m(90_000)} devait se signer en mars. Le juridique a demandé trois semaines de plus.`,
      },
      dry: { name: 'Bon départ, puis un trou', story: () => 'Deux grosses signatures en janvier, puis le pipeline s’est tari jusqu’à l’automne.' },
      clawback: {
        name: 'Un client résilie',
        story: (m) => `Une affaire de ${m(60_000)} signée en février est annulée en mai. La commission est reprise.`,
      },
      steady: { name: 'Des mois réguliers', story: () => 'Pile dans le plan chaque mois : ce pour quoi le plan a été conçu, et ce qui arrive rarement.' },
    },
    dealLabels: { s4: 'L’affaire qui a glissé', t1: 'Deux grosses signatures', c2: 'Annulée en mai' },
    lastDay: {
      prompt: (m) =>
        `Dernier jour du trimestre. Vous êtes à 95 %. Un acheteur signera une affaire de ${m(15_000)} aujourd’hui avec 15 % de remise, ou la semaine prochaine au prix plein. Que faites-vous ?`,
      options: [
        'Accorder la remise et signer aujourd’hui',
        'Tenir le prix et signer la semaine prochaine',
        'Demander à mon manager une remise plus faible',
        'Proposer autre chose que le prix',
      ],
    },
    scenarios: {
      'workshop-invite': {
        prompt: 'Semaine 11 sur 13, et vous êtes en retard. Le marketing vous invite jeudi à un atelier de deux heures sur les messages. Que faites-vous ?',
        options: [
          'J’y vais : ça aidera au prochain trimestre',
          'Je demande une version de 20 minutes',
          'J’envoie un collègue qui est en avance',
          'Je refuse : je dois signer',
        ],
      },
      capped: {
        prompt: 'Vous avez dépassé le plafond ce trimestre. Une autre affaire est prête à signer. Que faites-vous ?',
        options: ['Signer aujourd’hui quand même', 'Demander à l’acheteur de signer le trimestre prochain', 'La passer à un collègue', 'Attendre de voir'],
      },
      'late-lead': {
        prompt: 'Vendredi après-midi, dernière semaine du trimestre. Un lead marketing arrive : bon profil, mais à six mois d’un achat. Que faites-vous ?',
        options: ['Appeler aujourd’hui', 'Appeler après la clôture du trimestre', 'Le passer à un SDR', 'Le renvoyer au marketing pour le faire mûrir'],
      },
    },
  },
  es: {
    role: 'Ejecutivo de cuentas',
    marketerRole: 'Responsable de Marketing',
    patterns: {
      slip: {
        name: 'Un gran negocio se retrasa un trimestre',
        story: (m) => `Un negocio de ${m(90_000)} iba a cerrarse en marzo. Legal necesitó tres semanas más.`,
      },
      dry: { name: 'Buen comienzo y luego sequía', story: () => 'Dos grandes cierres en enero, y luego el pipeline se secó hasta el otoño.' },
      clawback: {
        name: 'Un cliente cancela',
        story: (m) => `Un negocio de ${m(60_000)} firmado en febrero se cancela en mayo. La comisión se devuelve.`,
      },
      steady: { name: 'Meses regulares', story: () => 'Justo en el plan todos los meses: para lo que se diseñó el plan, y lo que casi nunca pasa.' },
    },
    dealLabels: { s4: 'El negocio que se retrasó', t1: 'Dos grandes cierres', c2: 'Cancelado en mayo' },
    lastDay: {
      prompt: (m) =>
        `Último día del trimestre. Vas al 95 %. Un comprador firmará hoy un negocio de ${m(15_000)} con un 15 % de descuento, o la semana que viene a precio completo. ¿Qué haces?`,
      options: [
        'Dar el descuento y firmar hoy',
        'Mantener el precio y firmar la semana que viene',
        'Pedir a mi responsable un descuento menor',
        'Ofrecer algo que no sea precio',
      ],
    },
    scenarios: {
      'workshop-invite': {
        prompt: 'Semana 11 de 13, y vas por detrás. Marketing te invita el jueves a un taller de mensajes de dos horas. ¿Qué haces?',
        options: [
          'Ir: ayudará el próximo trimestre',
          'Pedir una versión de 20 minutos',
          'Enviar a un compañero que va por delante',
          'Decir que no: tengo que cerrar',
        ],
      },
      capped: {
        prompt: 'Has superado el tope este trimestre. Otro negocio está listo para firmar. ¿Qué haces?',
        options: ['Firmarlo hoy de todos modos', 'Pedir al comprador que firme el próximo trimestre', 'Pasárselo a un compañero', 'Esperar a ver'],
      },
      'late-lead': {
        prompt:
          'Viernes por la tarde, última semana del trimestre. Llega un lead de Marketing: encaja bien, pero le faltan seis meses para comprar. ¿Qué haces?',
        options: ['Llamar hoy', 'Llamar cuando cierre el trimestre', 'Pasárselo a un SDR', 'Devolverlo a Marketing para madurarlo'],
      },
    },
  },
};

/**
 * Every text the app wrote with an amount in it, in every language: when the workshop's currency
 * changes, a text still as written follows it (migrate.ts). English keeps its old wording too.
 */
export const CURRENCY_TEXTS: readonly { text(c: CurrencyCode): string; legacyText?: string }[] = [
  ...ENGLISH_CURRENCY_TEXTS,
  ...LOCALES.filter((l) => l !== 'en').flatMap((locale) => {
    const w = COMP_WORDS[locale];
    return [
      { text: (c: CurrencyCode) => w.patterns.slip.story(moneyIn(locale, c)) },
      { text: (c: CurrencyCode) => w.patterns.clawback.story(moneyIn(locale, c)) },
      { text: (c: CurrencyCode) => w.lastDay.prompt(moneyIn(locale, c)) },
    ];
  }),
];
