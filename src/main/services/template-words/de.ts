import type { TemplateWords } from './types';

export const de: TemplateWords = {
  placeholder: {
    title: (title) => `[Platzhalter] ${title}`,
    text: (kind) =>
      `Dieser Platz ist für die Übung „${kind}“, die diese Version von Common Ground nicht hat. Ersetzen Sie sie oder führen Sie sie als Gespräch durch.`,
  },
  welcome: {
    title: 'Willkommen: warum beide Teams in einem Raum sind',
    text: 'Wir wollen dasselbe: mehr Umsatz mit weniger verschwendeter Mühe. Heute schauen wir, wo wir Dinge unterschiedlich sehen, und vereinbaren ein paar kleine Dinge zum Ausprobieren.',
    notes: 'Fassen Sie sich kurz. Sagen Sie laut, dass wir gekommen sind, um Meinungsverschiedenheiten zu finden, nicht um sie zu verstecken.',
  },
  icebreaker: {
    title: 'Eisbrecher: was das andere Team von meiner Arbeit nie sieht',
    prompt: 'Schreiben Sie eine Sache über Ihre Arbeit, die das andere Team Ihrer Meinung nach nie sieht.',
    notes: 'Lesen Sie einige laut vor. Gemeinsames Lachen schafft Wohlwollen für die schwierigeren Übungen.',
  },
  leadSortTitle: 'Was macht einen guten Lead aus?',
  kpisTitle: 'Gemeinsame Ziele, Rollen und KPIs',
  commitments: { title: 'Vereinbarungen: wer macht was bis wann', notes: 'Nichts verlässt den Raum ohne verantwortliche Person und Termin.' },
  wrapUp: {
    title: 'Abschluss und nächste Schritte',
    bullets: [
      'Der Bericht geht diese Woche an die Geschäftsleitung',
      'Das erste gemeinsame Treffen steht schon im Kalender',
      'In 30 Tagen prüfen wir gemeinsam den Fortschritt',
    ],
  },
  coffeeBreak: 'Kaffeepause',
  backInTen: 'Weiter in zehn Minuten',
  backInFifteen: 'Weiter in fünfzehn Minuten',
  kickoff: {
    name: 'Kickoff zur Zusammenarbeit',
    description: 'Neunzig Minuten, um zu klären, was ein guter Lead ist, wem welche Zahlen gehören, und drei Vereinbarungen mit Verantwortlichen und Terminen.',
    goal: 'Klären, was ein guter Lead ist und wem welche Zahlen gehören, und mit Vereinbarungen samt Verantwortlichen und Terminen auseinandergehen.',
    welcome: ['Was ein guter Lead für jeden von uns bedeutet', 'Welche Zahlen uns gehören, allein und gemeinsam', 'Wozu wir uns verpflichten, bevor wir gehen'],
  },
  day: {
    name: 'Tag der Zusammenarbeit von Vertrieb und Marketing',
    description:
      'Ein ganzer Tag (etwa sechs Stunden mit Pausen und Mittagessen): erst einander verstehen (Persona, Vergütung), dann das Gemeinsame klären (Leads, Kaufprozess, KPIs), dann Vertrauen und Vereinbarungen.',
    goal: 'Verstehen, wie das andere Team arbeitet und bezahlt wird, eine gemeinsame Definition eines guten Leads, den Kaufprozess und die KPIs klären und mit Vereinbarungen auseinandergehen.',
    welcome: [
      'Vormittag: wie die andere Seite arbeitet und bezahlt wird',
      'Mittag: Leads und die Kaufreise',
      'Nachmittag: Zahlen, Vertrauen und Vereinbarungen',
    ],
    personaTitle: 'Der Vertrieb als Persona',
    personaNotes: 'Das Marketing behandelt den Vertrieb wie einen Kunden: Was braucht er von uns, was fürchtet er, was will er?',
    compTitle: 'Vertriebsvergütung kurz erklärt',
    lunch: 'Mittagessen',
    lunchMessage: 'Mittagessen: Setzen Sie sich zu jemandem aus dem anderen Team',
    buyingMapTitle: 'Der Kaufprozess, Phase für Phase',
    afternoonBreak: 'Nachmittagspause',
    retroTitle: 'Vertrauens-Retrospektive',
  },
  joint: {
    name: 'Gemeinsames Treffen',
    description:
      'Vierzig Minuten alle zwei bis drei Wochen: prüfen, was vereinbart wurde, den Abstimmungs-Puls messen, ein Thema gemeinsam prüfen (hier die Lead-Definition) und die nächsten Schritte vereinbaren.',
    goal: 'Sehen, was wir seit dem letzten Mal getan haben, ob sich Vertrieb und Marketing annähern, und mit den nächsten Vereinbarungen auseinandergehen.',
    introTitle: 'Gemeinsames Treffen: seit dem letzten Mal',
    introText: 'Vierzig Minuten, vier Schritte: was wir uns vorgenommen hatten, wie es sich jetzt anfühlt, ein Thema, was wir als Nächstes tun.',
    introBullets: ['Was wir uns vorgenommen hatten', 'Der Abstimmungs-Puls', 'Ein Thema: Hält unsere Lead-Definition?', 'Was wir als Nächstes tun'],
    reviewTitle: 'Was wir uns vorgenommen hatten',
    reviewNotes:
      'Gehen Sie jeden Punkt zügig durch: erledigt, teilweise, nicht erledigt oder verworfen, und eine Zeile zum Warum. Ändern Sie Verantwortliche und Termine, wo der Raum zustimmt.',
    pulseTitle: 'Abstimmungs-Puls',
    pulseNotes: 'Zwei Minuten am Handy, dann gemeinsam auf die größte Lücke schauen.',
    topicTitle: 'Thema: Hält unsere Lead-Definition?',
    topicNotes: 'Oder ersetzen Sie diesen Punkt durch einen Reibungspunkt im Kaufprozess oder eine Kampagnenvorschau; bleiben Sie bei einem Thema.',
    nextTitle: 'Was wir bis zum nächsten Mal tun',
    pledgePrompt: 'Eine Sache, die ich vor unserem nächsten gemeinsamen Treffen tue',
    nextNotes: 'Nichts verlässt den Raum ohne verantwortliche Person und Termin. Halten Sie die Liste kurz: Sie wird beim nächsten Mal geprüft.',
    closeTitle: 'Nächstes gemeinsames Treffen',
    closeText: 'Gleiche Zeit in zwei Wochen. Der Bericht geht heute an beide Teams.',
  },
  sample: {
    title: 'Beispiel: Kickoff zur Zusammenarbeit von Vertrieb und Marketing',
    location: 'Konferenzraum, 3. Stock',
    roles: [
      'Account Executive',
      'Account Executive',
      'SDR-Teamleitung',
      'Vertriebsleitung',
      'SDR',
      'Demand Generation',
      'Produktmarketing',
      'Content-Leitung',
      'Marketing Operations',
      'Leitung Marketing',
    ],
  },
};
