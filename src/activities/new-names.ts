import type { Localized } from './localized';

// What a new segment, stage, canvas section or picture is called before the facilitator names it:
// content the room sees, so in the workshop's language (see localized.ts), not the planner's.

export interface NewNames {
  segment: string;
  stage: string;
  section: string;
  /** A picture's description when its file name says nothing. */
  picture: string;
}

export const NEW_NAMES: Localized<NewNames> = {
  en: { segment: 'New segment', stage: 'New stage', section: 'New section', picture: 'Picture' },
  de: { segment: 'Neues Segment', stage: 'Neue Phase', section: 'Neuer Bereich', picture: 'Bild' },
  fr: { segment: 'Nouveau segment', stage: 'Nouvelle étape', section: 'Nouvelle section', picture: 'Image' },
  es: { segment: 'Segmento nuevo', stage: 'Etapa nueva', section: 'Sección nueva', picture: 'Imagen' },
};
