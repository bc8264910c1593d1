import type { Item } from '../shared-schemas';
import type { Locale } from '../../shared/locale';
import { inLocale, type Localized } from '../localized';

// The lead signals a lead-quality sort starts with, in each language (see ../localized.ts). Each
// is something a marketer could see in the CRM or the marketing tool; the description says
// what exactly counts, so both teams sort the same thing. The same signal has the same id
// (sig1, sig2, ...) in every language.

type Signal = readonly [text: string, description: string];

const SIGNALS: Localized<readonly Signal[]> = {
  en: [
    ['Requested a demo', 'Filled in the demo form and asked for a call with someone from sales.'],
    ['Visited the pricing page', 'Came back to pricing more than once in the same week.'],
    ['Downloaded a whitepaper', 'Gave an email address in exchange for a long read.'],
    ['Attended a webinar', 'Was there live, not only registered.'],
    ['Registered for a webinar but did not show', 'Signed up, then missed it and did not watch the recording.'],
    ['Job title is director or above', 'Senior enough to sign, or to push a purchase through.'],
    ['Job title is hands-on user', 'Would use the product every day but does not hold the budget.'],
    ['Company size fits our ideal customer', 'Headcount or revenue in the range we win most often.'],
    ['Industry where we already win', 'We have happy customers in the same industry.'],
    ['Budget is known', 'They told us roughly what they can spend, or when budget is set.'],
    ['Timing is known', 'They told us when they want to decide or go live.'],
    ['We know who decides', 'We have a name for the person who signs.'],
    ['Replied to a sales email', 'Any reply counts, even "not now".'],
    ['Existing customer', 'Already buys something from us, maybe in another team.'],
    ['Uses a competitor today', 'Runs a rival product right now.'],
    ['Competitor contract ends soon', 'Their current contract ends within six months.'],
    ['Opens every newsletter', 'Opened most of our last several newsletters.'],
    ['Signed up with a personal email address', 'Used a free webmail address instead of a work one.'],
    ['Referred by a partner', 'A reseller or consulting partner sent them to us.'],
    ['Referred by a customer', 'One of our customers told them about us.'],
    ['Stopped by our booth at an event', 'Had their badge scanned at a trade show.'],
    ['Clicked a paid ad', 'Came to the site from a search or social ad.'],
    ['Several people from one company engaged', 'Three or more people from the same account showed interest this month.'],
    ['Started a free trial', 'Created a trial account and logged in at least once.'],
    ['Asked how we connect to their tools', 'Asked about integrations, security or data import.'],
    ['Lead score is above our MQL line', 'Our scoring model marked them marketing-qualified.'],
  ],
  de: [
    ['Hat eine Demo angefragt', 'Hat das Demo-Formular ausgefüllt und um ein Gespräch mit dem Vertrieb gebeten.'],
    ['Hat die Preisseite besucht', 'Kam in derselben Woche mehr als einmal auf die Preisseite zurück.'],
    ['Hat ein Whitepaper heruntergeladen', 'Hat für einen langen Fachtext eine E-Mail-Adresse angegeben.'],
    ['Hat an einem Webinar teilgenommen', 'War live dabei, nicht nur angemeldet.'],
    ['Für ein Webinar angemeldet, aber nicht erschienen', 'Hat sich angemeldet, es dann verpasst und die Aufzeichnung nicht angesehen.'],
    ['Position: Leitung oder höher', 'Hoch genug, um zu unterschreiben oder einen Kauf durchzusetzen.'],
    ['Position: Anwender im Tagesgeschäft', 'Würde das Produkt täglich nutzen, hat aber kein Budget.'],
    ['Firmengröße passt zu unserem Idealkunden', 'Mitarbeiterzahl oder Umsatz in dem Bereich, in dem wir am häufigsten gewinnen.'],
    ['Branche, in der wir schon gewinnen', 'Wir haben zufriedene Kunden in derselben Branche.'],
    ['Budget ist bekannt', 'Sie haben uns ungefähr gesagt, was sie ausgeben können oder wann das Budget steht.'],
    ['Zeitplan ist bekannt', 'Sie haben uns gesagt, wann sie entscheiden oder starten wollen.'],
    ['Wir wissen, wer entscheidet', 'Wir kennen den Namen der Person, die unterschreibt.'],
    ['Hat auf eine Vertriebs-E-Mail geantwortet', 'Jede Antwort zählt, auch „gerade nicht“.'],
    ['Bestandskunde', 'Kauft schon etwas bei uns, vielleicht in einem anderen Bereich.'],
    ['Nutzt heute einen Wettbewerber', 'Setzt gerade ein Konkurrenzprodukt ein.'],
    ['Vertrag mit dem Wettbewerber endet bald', 'Der aktuelle Vertrag endet innerhalb von sechs Monaten.'],
    ['Öffnet jeden Newsletter', 'Hat die meisten unserer letzten Newsletter geöffnet.'],
    ['Mit privater E-Mail-Adresse registriert', 'Hat eine kostenlose Webmail-Adresse statt einer geschäftlichen verwendet.'],
    ['Von einem Partner empfohlen', 'Ein Wiederverkäufer oder Beratungspartner hat sie zu uns geschickt.'],
    ['Von einem Kunden empfohlen', 'Einer unserer Kunden hat ihnen von uns erzählt.'],
    ['War an unserem Messestand', 'Hat auf einer Messe den Badge scannen lassen.'],
    ['Hat auf eine bezahlte Anzeige geklickt', 'Kam über eine Such- oder Social-Media-Anzeige auf die Website.'],
    ['Mehrere Personen aus einer Firma aktiv', 'Drei oder mehr Personen aus demselben Account haben diesen Monat Interesse gezeigt.'],
    ['Hat eine kostenlose Testversion gestartet', 'Hat ein Testkonto angelegt und sich mindestens einmal angemeldet.'],
    ['Hat gefragt, wie wir an ihre Tools anbinden', 'Hat nach Integrationen, Sicherheit oder Datenimport gefragt.'],
    ['Lead-Score liegt über unserer MQL-Grenze', 'Unser Scoring-Modell hat sie als marketingqualifiziert markiert.'],
  ],
  fr: [
    ['A demandé une démo', 'A rempli le formulaire de démo et demandé un appel avec un commercial.'],
    ['A visité la page des tarifs', 'Est revenu sur les tarifs plus d’une fois la même semaine.'],
    ['A téléchargé un livre blanc', 'A donné son adresse e-mail en échange d’un long document.'],
    ['A assisté à un webinaire', 'Était présent en direct, pas seulement inscrit.'],
    ['Inscrit à un webinaire mais absent', 'S’est inscrit, ne l’a pas suivi et n’a pas regardé l’enregistrement.'],
    ['Poste de directeur ou plus', 'Assez haut placé pour signer, ou pour faire passer un achat.'],
    ['Poste d’utilisateur opérationnel', 'Utiliserait le produit tous les jours mais ne tient pas le budget.'],
    ['Taille d’entreprise conforme à notre client idéal', 'Effectif ou chiffre d’affaires dans la tranche où nous gagnons le plus souvent.'],
    ['Secteur où nous gagnons déjà', 'Nous avons des clients satisfaits dans le même secteur.'],
    ['Budget connu', 'Ils nous ont dit à peu près ce qu’ils peuvent dépenser, ou quand le budget sera fixé.'],
    ['Calendrier connu', 'Ils nous ont dit quand ils veulent décider ou démarrer.'],
    ['Nous savons qui décide', 'Nous avons le nom de la personne qui signe.'],
    ['A répondu à un e-mail commercial', 'Toute réponse compte, même « pas maintenant ».'],
    ['Client existant', 'Achète déjà quelque chose chez nous, peut-être dans une autre équipe.'],
    ['Utilise un concurrent aujourd’hui', 'Utilise en ce moment un produit concurrent.'],
    ['Le contrat du concurrent se termine bientôt', 'Leur contrat actuel se termine dans les six mois.'],
    ['Ouvre chaque newsletter', 'A ouvert la plupart de nos dernières newsletters.'],
    ['Inscrit avec une adresse e-mail personnelle', 'A utilisé une adresse de messagerie gratuite plutôt que professionnelle.'],
    ['Recommandé par un partenaire', 'Un revendeur ou un cabinet partenaire nous l’a envoyé.'],
    ['Recommandé par un client', 'Un de nos clients lui a parlé de nous.'],
    ['Passé sur notre stand lors d’un salon', 'A fait scanner son badge sur un salon professionnel.'],
    ['A cliqué sur une publicité payante', 'Est arrivé sur le site depuis une annonce sur un moteur de recherche ou un réseau social.'],
    ['Plusieurs personnes d’une même entreprise actives', 'Trois personnes ou plus du même compte ont montré de l’intérêt ce mois-ci.'],
    ['A démarré un essai gratuit', 'A créé un compte d’essai et s’est connecté au moins une fois.'],
    ['A demandé comment nous nous connectons à leurs outils', 'A posé des questions sur les intégrations, la sécurité ou l’import de données.'],
    ['Score du lead au-dessus de notre seuil MQL', 'Notre modèle de scoring l’a marqué comme qualifié par le marketing.'],
  ],
  es: [
    ['Ha pedido una demo', 'Rellenó el formulario de demo y pidió una llamada con alguien de Ventas.'],
    ['Ha visitado la página de precios', 'Volvió a los precios más de una vez en la misma semana.'],
    ['Ha descargado un whitepaper', 'Dio su correo a cambio de un documento largo.'],
    ['Ha asistido a un webinar', 'Estuvo en directo, no solo inscrito.'],
    ['Inscrito en un webinar pero no asistió', 'Se inscribió, no fue y no vio la grabación.'],
    ['Cargo de director o superior', 'Con el nivel suficiente para firmar, o para sacar adelante una compra.'],
    ['Cargo de usuario del día a día', 'Usaría el producto a diario, pero no tiene el presupuesto.'],
    ['El tamaño de la empresa encaja con nuestro cliente ideal', 'Plantilla o facturación en el rango en el que más ganamos.'],
    ['Sector en el que ya ganamos', 'Tenemos clientes contentos en el mismo sector.'],
    ['Se conoce el presupuesto', 'Nos dijeron más o menos cuánto pueden gastar, o cuándo se fija el presupuesto.'],
    ['Se conocen los plazos', 'Nos dijeron cuándo quieren decidir o ponerlo en marcha.'],
    ['Sabemos quién decide', 'Tenemos el nombre de la persona que firma.'],
    ['Ha respondido a un correo de Ventas', 'Cualquier respuesta cuenta, incluso «ahora no».'],
    ['Ya es cliente', 'Ya nos compra algo, quizá en otro departamento.'],
    ['Hoy usa a un competidor', 'Usa ahora mismo un producto de la competencia.'],
    ['El contrato con el competidor acaba pronto', 'Su contrato actual termina en los próximos seis meses.'],
    ['Abre todas las newsletters', 'Abrió la mayoría de nuestras últimas newsletters.'],
    ['Se registró con un correo personal', 'Usó un correo web gratuito en lugar del del trabajo.'],
    ['Recomendado por un partner', 'Un distribuidor o una consultora partner nos lo envió.'],
    ['Recomendado por un cliente', 'Uno de nuestros clientes le habló de nosotros.'],
    ['Pasó por nuestro stand en un evento', 'Le escanearon la acreditación en una feria.'],
    ['Ha hecho clic en un anuncio de pago', 'Llegó a la web desde un anuncio en buscadores o redes sociales.'],
    ['Varias personas de una misma empresa interesadas', 'Tres o más personas de la misma cuenta mostraron interés este mes.'],
    ['Ha empezado una prueba gratuita', 'Creó una cuenta de prueba y entró al menos una vez.'],
    ['Preguntó cómo nos conectamos a sus herramientas', 'Preguntó por integraciones, seguridad o importación de datos.'],
    ['Su lead score supera nuestra línea de MQL', 'Nuestro modelo de scoring lo marcó como cualificado por Marketing.'],
  ],
};

/** The signals a new lead sort starts with, in `locale` (English by default). */
export function defaultSignals(locale: Locale = 'en'): Item[] {
  return inLocale(SIGNALS, locale).map(([text, description], n) => ({ id: `sig${n + 1}`, text, description }));
}

/**
 * Which built-in example signal a card's text is, in any language (its id, 'sig1'...), or null for a card the
 * facilitator wrote. The trends match example cards by this, so a series that changes language still lines
 * up "Downloaded a whitepaper" with "Hat ein Whitepaper heruntergeladen".
 */
export function exampleSignalId(text: string): string | null {
  return exampleByText().get(normalised(text)) ?? null;
}
const normalised = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
let byText: Map<string, string> | null = null;
function exampleByText(): Map<string, string> {
  byText ??= new Map(Object.values(SIGNALS).flatMap((signals) => signals.map(([text], n) => [normalised(text), `sig${n + 1}`] as const)));
  return byText;
}

/** The three columns, by position: quality lead, not a signal, depends (ids fixed, names in each language). */
const COLUMNS: Localized<readonly Item[]> = {
  en: [
    { id: 'quality', text: 'Quality lead', description: 'Worth a sales call now' },
    { id: 'not', text: 'Not a signal', description: 'Tells us little on its own' },
    { id: 'depends', text: 'Depends', description: 'Say on what' },
  ],
  de: [
    { id: 'quality', text: 'Qualitäts-Lead', description: 'Jetzt einen Vertriebsanruf wert' },
    { id: 'not', text: 'Kein Signal', description: 'Sagt allein wenig aus' },
    { id: 'depends', text: 'Kommt drauf an', description: 'Sagen Sie, worauf' },
  ],
  fr: [
    { id: 'quality', text: 'Lead de qualité', description: 'Mérite un appel commercial maintenant' },
    { id: 'not', text: 'Pas un signal', description: 'En dit peu à lui seul' },
    { id: 'depends', text: 'Ça dépend', description: 'Dites de quoi' },
  ],
  es: [
    { id: 'quality', text: 'Lead de calidad', description: 'Merece una llamada de Ventas ya' },
    { id: 'not', text: 'No es una señal', description: 'Por sí solo dice poco' },
    { id: 'depends', text: 'Depende', description: 'Di de qué' },
  ],
};

/** The English columns (kept for callers that know no language). */
export const LEAD_COLUMNS: Item[] = COLUMNS.en.map((c) => ({ ...c }));

export const leadColumns = (locale: Locale = 'en'): Item[] => inLocale(COLUMNS, locale).map((c) => ({ ...c }));

/** The question on every phone. */
export const LEAD_PROMPT: Localized<string> = {
  en: 'Would this signal, on its own, make a lead worth a sales call?',
  de: 'Wäre dieses Signal allein einen Anruf des Vertriebs wert?',
  fr: 'Ce signal, à lui seul, justifierait-il un appel commercial ?',
  es: '¿Esta señal, por sí sola, hace que el lead merezca una llamada de Ventas?',
};
