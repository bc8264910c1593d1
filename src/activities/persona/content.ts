import type { Localized } from '../localized';

// The persona canvas's example content in each language (see ../localized.ts): whose persona,
// and the sections with a hint each. A section has the same id in every language.

export interface PersonaContent {
  subject: string;
  sections: readonly (readonly [id: string, title: string, hint: string])[];
}

export const PERSONA_CONTENT: Localized<PersonaContent> = {
  en: {
    subject: 'Our sales team',
    sections: [
      ['goals', 'Goals', 'What do they want to achieve this year, and for themselves?'],
      ['night', 'What keeps them up at night', 'The worry that is there at 2 a.m.'],
      ['rhythm', 'How their month and quarter feel', 'Week one versus the last week of the quarter.'],
      ['paid', 'How they are paid, and what that rewards', 'Which behaviour does the plan reward, and which does it punish?'],
      ['need', 'What they need from marketing', 'Things that would help them win next month, not next year.'],
      ['distrust', 'Why they distrust marketing', 'Past experiences, not opinions about people.'],
      ['learn', 'How they like to learn', 'Where new ideas actually reach them.'],
      ['day', 'A typical day', 'From the first coffee to the last email.'],
    ],
  },
  de: {
    subject: 'Unser Vertriebsteam',
    sections: [
      ['goals', 'Ziele', 'Was wollen sie dieses Jahr erreichen, und für sich selbst?'],
      ['night', 'Was ihnen den Schlaf raubt', 'Die Sorge, die um 2 Uhr nachts da ist.'],
      ['rhythm', 'Wie sich ihr Monat und ihr Quartal anfühlen', 'Die erste Woche gegen die letzte Woche des Quartals.'],
      ['paid', 'Wie sie bezahlt werden, und was das belohnt', 'Welches Verhalten belohnt der Plan, und welches bestraft er?'],
      ['need', 'Was sie vom Marketing brauchen', 'Dinge, die ihnen helfen, nächsten Monat zu gewinnen, nicht nächstes Jahr.'],
      ['distrust', 'Warum sie dem Marketing misstrauen', 'Erfahrungen aus der Vergangenheit, keine Meinungen über Personen.'],
      ['learn', 'Wie sie gern lernen', 'Wo neue Ideen sie wirklich erreichen.'],
      ['day', 'Ein typischer Tag', 'Vom ersten Kaffee bis zur letzten E-Mail.'],
    ],
  },
  fr: {
    subject: 'Notre équipe commerciale',
    sections: [
      ['goals', 'Objectifs', 'Que veulent-ils accomplir cette année, et pour eux-mêmes ?'],
      ['night', 'Ce qui les empêche de dormir', 'L’inquiétude qui est là à 2 heures du matin.'],
      ['rhythm', 'Comment se vivent leur mois et leur trimestre', 'La première semaine face à la dernière semaine du trimestre.'],
      ['paid', 'Comment ils sont payés, et ce que cela récompense', 'Quel comportement le plan récompense-t-il, et lequel punit-il ?'],
      ['need', 'Ce dont ils ont besoin du marketing', 'Ce qui les aiderait à gagner le mois prochain, pas l’an prochain.'],
      ['distrust', 'Pourquoi ils se méfient du marketing', 'Des expériences passées, pas des opinions sur des personnes.'],
      ['learn', 'Comment ils aiment apprendre', 'Là où les idées nouvelles les atteignent vraiment.'],
      ['day', 'Une journée type', 'Du premier café au dernier e-mail.'],
    ],
  },
  es: {
    subject: 'Nuestro equipo de Ventas',
    sections: [
      ['goals', 'Objetivos', '¿Qué quieren conseguir este año, y para sí mismos?'],
      ['night', 'Lo que les quita el sueño', 'La preocupación que aparece a las 2 de la madrugada.'],
      ['rhythm', 'Cómo viven su mes y su trimestre', 'La primera semana frente a la última semana del trimestre.'],
      ['paid', 'Cómo cobran, y qué premia eso', '¿Qué comportamiento premia el plan, y cuál castiga?'],
      ['need', 'Qué necesitan de Marketing', 'Cosas que les ayudarían a ganar el mes que viene, no el año que viene.'],
      ['distrust', 'Por qué desconfían de Marketing', 'Experiencias pasadas, no opiniones sobre personas.'],
      ['learn', 'Cómo les gusta aprender', 'Dónde les llegan de verdad las ideas nuevas.'],
      ['day', 'Un día típico', 'Del primer café al último correo.'],
    ],
  },
};
