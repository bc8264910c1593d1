import type { Localized } from '../localized';
import type { Owner } from './definition';

// A KPI sort's example content in each language (see ../localized.ts): the goal, the question,
// the KPIs (text, what counts, the unit its target is written in) and the three columns. The
// same KPI has the same id (kpi1, kpi2, ...) in every language; the columns' ids never change.

export interface KpiContent {
  goal: string;
  prompt: string;
  kpis: readonly (readonly [text: string, description: string, unit: string])[];
  columns: Readonly<Record<Owner, string>>;
}

export const KPI_CONTENT: Localized<KpiContent> = {
  en: {
    goal: 'Grow new revenue this year, with less wasted effort on both sides.',
    prompt: 'Who should own this number? Put it where you think it belongs.',
    kpis: [
      ['Leads created', 'New contacts who raised a hand this month.', 'leads'],
      ['Marketing-qualified leads (MQLs)', 'Leads that meet the agreed quality bar.', 'MQLs'],
      ['MQL → SQL conversion', 'Share of MQLs that Sales accepts as sales-qualified.', '%'],
      ['Speed of follow-up', 'Time from a lead arriving to the first sales contact.', 'hours'],
      ['Pipeline created', 'Value of new opportunities opened.', '€'],
      ['Win rate', 'Share of opportunities that close as won.', '%'],
      ['Sales cycle length', 'Days from opportunity to signature.', 'days'],
      ['Average deal size', 'Typical value of a won deal.', '€'],
      ['New revenue', 'Revenue from new customers this quarter.', '€'],
      ['Customer retention', 'Share of customers who renew.', '%'],
      ['Cost per lead', 'Marketing spend divided by leads created.', '€'],
    ],
    columns: { marketing: 'Marketing owns', sales: 'Sales owns', shared: 'Shared' },
  },
  de: {
    goal: 'Dieses Jahr mehr Neuumsatz, mit weniger verschwendeter Mühe auf beiden Seiten.',
    prompt: 'Wem sollte diese Zahl gehören? Legen Sie sie dorthin, wo sie Ihrer Meinung nach hingehört.',
    kpis: [
      ['Erzeugte Leads', 'Neue Kontakte, die sich diesen Monat gemeldet haben.', 'Leads'],
      ['Marketing-qualifizierte Leads (MQLs)', 'Leads, die die vereinbarte Qualitätsschwelle erreichen.', 'MQLs'],
      ['Umwandlung MQL → SQL', 'Anteil der MQLs, die der Vertrieb als vertriebsqualifiziert annimmt.', '%'],
      ['Reaktionszeit', 'Zeit vom Eingang eines Leads bis zum ersten Vertriebskontakt.', 'Stunden'],
      ['Erzeugte Pipeline', 'Wert der neu eröffneten Verkaufschancen.', '€'],
      ['Abschlussquote', 'Anteil der Verkaufschancen, die gewonnen werden.', '%'],
      ['Länge des Verkaufszyklus', 'Tage von der Verkaufschance bis zur Unterschrift.', 'Tage'],
      ['Durchschnittliche Auftragsgröße', 'Typischer Wert eines gewonnenen Auftrags.', '€'],
      ['Neuumsatz', 'Umsatz mit Neukunden in diesem Quartal.', '€'],
      ['Kundenbindung', 'Anteil der Kunden, die verlängern.', '%'],
      ['Kosten pro Lead', 'Marketingausgaben geteilt durch erzeugte Leads.', '€'],
    ],
    columns: { marketing: 'Marketing', sales: 'Vertrieb', shared: 'Gemeinsam' },
  },
  fr: {
    goal: 'Faire croître le nouveau chiffre d’affaires cette année, avec moins d’efforts perdus des deux côtés.',
    prompt: 'Qui devrait porter ce chiffre ? Placez-le là où il doit aller selon vous.',
    kpis: [
      ['Leads générés', 'Nouveaux contacts qui se sont manifestés ce mois-ci.', 'leads'],
      ['Leads qualifiés marketing (MQL)', 'Leads qui atteignent le niveau de qualité convenu.', 'MQL'],
      ['Conversion MQL → SQL', 'Part des MQL que les Ventes acceptent comme qualifiés.', '%'],
      ['Délai de suivi', 'Temps entre l’arrivée d’un lead et le premier contact commercial.', 'heures'],
      ['Pipeline généré', 'Valeur des nouvelles opportunités ouvertes.', '€'],
      ['Taux de transformation', 'Part des opportunités gagnées.', '%'],
      ['Durée du cycle de vente', 'Jours entre l’opportunité et la signature.', 'jours'],
      ['Montant moyen des affaires', 'Valeur typique d’une affaire gagnée.', '€'],
      ['Nouveau chiffre d’affaires', 'Chiffre d’affaires des nouveaux clients ce trimestre.', '€'],
      ['Fidélisation des clients', 'Part des clients qui renouvellent.', '%'],
      ['Coût par lead', 'Dépenses marketing divisées par les leads générés.', '€'],
    ],
    columns: { marketing: 'Marketing', sales: 'Ventes', shared: 'Partagé' },
  },
  es: {
    goal: 'Hacer crecer los ingresos nuevos este año, con menos esfuerzo perdido en los dos lados.',
    prompt: '¿De quién debería ser esta cifra? Ponla donde creas que corresponde.',
    kpis: [
      ['Leads generados', 'Contactos nuevos que levantaron la mano este mes.', 'leads'],
      ['Leads cualificados por Marketing (MQL)', 'Leads que cumplen el nivel de calidad acordado.', 'MQL'],
      ['Conversión de MQL a SQL', 'Porcentaje de MQL que Ventas acepta como cualificados.', '%'],
      ['Rapidez de seguimiento', 'Tiempo desde que llega un lead hasta el primer contacto de Ventas.', 'horas'],
      ['Pipeline generado', 'Valor de las nuevas oportunidades abiertas.', '€'],
      ['Tasa de cierre', 'Porcentaje de oportunidades que se ganan.', '%'],
      ['Duración del ciclo de venta', 'Días desde la oportunidad hasta la firma.', 'días'],
      ['Tamaño medio de los negocios', 'Valor típico de un negocio ganado.', '€'],
      ['Ingresos nuevos', 'Ingresos de clientes nuevos este trimestre.', '€'],
      ['Retención de clientes', 'Porcentaje de clientes que renuevan.', '%'],
      ['Coste por lead', 'Gasto de Marketing dividido entre los leads generados.', '€'],
    ],
    columns: { marketing: 'Marketing', sales: 'Ventas', shared: 'Compartido' },
  },
};
