import { says } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { noMigrations, defineActivity } from '../types';
import { retroGuide } from './guide';
import { pickFields } from '../participant-config';
import { BrainstormBoard } from '../brainstorm/definition';
import { ItemList } from '../shared-schemas';
import { describeRetro, retroReport } from './report';
import { retroResponses, voteKey } from './logic';
import { readBoard } from '../board-versions';
import { inLocale, type Localized } from '../localized';

export const RetroConfig = z
  .object({
    /** The questions people write cards for, e.g. what broke trust, what builds it, one small step. */
    prompts: ItemList.refine((p) => p.length >= 1 && p.length <= 5, says(msg`Use one to five questions`)),
    /** Names stay out of every view and the report (on by default: people say harder things). */
    anonymous: z.boolean(),
    maxCardsPerPerson: z.number().int().min(1).max(30),
    /** Dots each person spends on the themes you put to the vote. */
    dotsPerPerson: z
      .number()
      .int()
      .min(1, says(msg`Give each person at least one dot`))
      .max(10, says(msg`At most 10 dots each`)),
  })
  .strict();
export type RetroConfig = z.infer<typeof RetroConfig>;

/** What a participant's screen gets of the settings: the questions, whether cards are anonymous, and the card and dot limits. */
const RETRO_PARTICIPANT_FIELDS = ['prompts', 'anonymous', 'maxCardsPerPerson', 'dotsPerPerson'] as const;
export type RetroParticipantConfig = Pick<RetroConfig, (typeof RETRO_PARTICIPANT_FIELDS)[number]>;

/** Themes are the brainstorm board's named groups; `voting` opens the dot vote on them. */
export const RetroBoard = BrainstormBoard.extend({
  voting: z.boolean().default(false),
});
export type RetroBoard = z.infer<typeof RetroBoard>;

export function readRetroBoard(board: unknown): RetroBoard {
  return readBoard('retro', { board }, { schema: RetroBoard, initial: (): RetroBoard => ({ clusters: [], voting: false }) });
}

/** What phones see of the board: the themes, while the vote is open. Never the cards themselves. */
export interface RetroShared {
  voting: boolean;
  themes: { id: string; name: string }[];
}

/** The three questions in each language; the same question has the same id in every language. */
const PROMPTS: Localized<readonly { id: 'broke' | 'builds' | 'step'; text: string; description: string }[]> = {
  en: [
    { id: 'broke', text: 'What broke trust between us?', description: 'A moment, a habit, a campaign, a lead that was never called.' },
    { id: 'builds', text: 'What builds trust?', description: 'Something the other team did that helped.' },
    { id: 'step', text: 'One small step we could take next month', description: 'Small enough to start on Monday.' },
  ],
  de: [
    {
      id: 'broke',
      text: 'Was hat das Vertrauen zwischen uns beschädigt?',
      description: 'Ein Moment, eine Gewohnheit, eine Kampagne, ein Lead, der nie angerufen wurde.',
    },
    { id: 'builds', text: 'Was schafft Vertrauen?', description: 'Etwas, das das andere Team getan hat und das geholfen hat.' },
    { id: 'step', text: 'Ein kleiner Schritt, den wir nächsten Monat gehen könnten', description: 'Klein genug, um am Montag anzufangen.' },
  ],
  fr: [
    { id: 'broke', text: 'Qu’est-ce qui a abîmé la confiance entre nous ?', description: 'Un moment, une habitude, une campagne, un lead jamais rappelé.' },
    { id: 'builds', text: 'Qu’est-ce qui construit la confiance ?', description: 'Quelque chose que l’autre équipe a fait et qui a aidé.' },
    { id: 'step', text: 'Un petit pas que nous pourrions faire le mois prochain', description: 'Assez petit pour commencer lundi.' },
  ],
  es: [
    { id: 'broke', text: '¿Qué rompió la confianza entre nosotros?', description: 'Un momento, una costumbre, una campaña, un lead al que nunca se llamó.' },
    { id: 'builds', text: '¿Qué construye confianza?', description: 'Algo que hizo el otro equipo y que ayudó.' },
    { id: 'step', text: 'Un paso pequeño que podríamos dar el mes que viene', description: 'Lo bastante pequeño para empezar el lunes.' },
  ],
};

export const retro = defineActivity({
  kind: 'retro',
  label: 'Trust retrospective',
  description: 'Anonymous cards on what broke trust, what builds it and one small next step; group them into themes and dot-vote where to start.',
  defaultTitle: 'Trust retrospective',
  defaultMinutes: 30,
  configVersion: 1,
  configSchema: RetroConfig,
  defaultConfig: (locale) => ({ prompts: inLocale(PROMPTS, locale).map((p) => ({ ...p })), anonymous: true, maxCardsPerPerson: 6, dotsPerPerson: 3 }),
  migrateConfig: noMigrations,
  report: retroReport,
  participantConfig: (config): RetroParticipantConfig => pickFields(config, RETRO_PARTICIPANT_FIELDS),
  describeResponse: describeRetro,
  responses: retroResponses,
  board: { schema: RetroBoard, initial: (): RetroBoard => ({ clusters: [], voting: false }), title: 'Group the cards into themes, then open the vote' },
  shared: (_config, board): RetroShared => {
    const b = readRetroBoard(board);
    return { voting: b.voting, themes: b.voting ? b.clusters.filter((c) => c.cardKeys.length > 0).map((c) => ({ id: c.id, name: c.name })) : [] };
  },
  /** The themes with cards: a theme emptied or merged away leaves the ballot (and its dots count nowhere, see themeVotes). */
  ballot: (_config, board) => {
    const b = readRetroBoard(board);
    const keys = new Set(b.clusters.filter((c) => c.cardKeys.length > 0).map((c) => voteKey(c.id)));
    return { open: b.voting, has: (itemKey) => keys.has(itemKey) };
  },
  isAnonymous: (config) => config.anonymous,
  /** A trust retro only works if nobody can be recognised in it, whatever the workshop shows. */
  namingPolicy: 'always-anonymous',
  guide: retroGuide,
});
