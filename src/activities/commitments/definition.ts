import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { says } from '../../shared/api/say';
import { z } from 'zod';
import { ClockTime, IsoDate } from '../../shared/domain';
import { noMigrations, defineActivity } from '../types';
import { pickFields } from '../participant-config';
import { WEEKDAYS } from './board';
import { commitmentResponses } from './logic';
import { commitmentsGuide } from './guide';
import { commitmentsReport } from './report';
import { describeCommitment } from './report-words';
import { answerRef, participantRef } from '../board-ids';
import { readBoard } from '../board-versions';
import { inLocale, type Localized } from '../localized';
import type { Locale } from '../../shared/locale';

const Text = (max: number, empty: MessageDescriptor = msg`Write something`) =>
  z
    .string()
    .trim()
    .min(1, says(empty))
    .max(max, says(msg`Keep it under ${max} characters`));

export const WeeklyReport = z.object({
  id: z.string().min(1).max(64),
  from: z.enum(['sales', 'marketing']),
  what: Text(300, msg`Say what the report contains`),
  owner: z.string().trim().max(120),
  day: z.enum(WEEKDAYS),
});
export type WeeklyReport = z.infer<typeof WeeklyReport>;

export const Meeting = z.object({
  everyWeeks: z.union([z.literal(2), z.literal(3)]),
  day: z.enum(WEEKDAYS),
  time: ClockTime,
  minutes: z.number().int().min(15).max(240),
  firstDate: IsoDate.nullable(),
  topic: z.string().trim().max(200),
});
export type Meeting = z.infer<typeof Meeting>;

export const CommitmentsConfig = z
  .object({
    /** What phones ask for in the "one thing I will do" box. */
    pledgePrompt: Text(200),
    /** Ask people on their phones whether they are in for job shadowing. */
    askShadowing: z.boolean(),
    /** First shadowing day to suggest, or null (set dates on the board). */
    shadowFrom: IsoDate.nullable(),
    /** Days between two pairs' shadowing days, so not everyone is out at once. */
    shadowSpacingDays: z.number().int().min(0).max(60),
    reports: z.array(WeeklyReport).max(6),
    meeting: Meeting,
  })
  .strict();
export type CommitmentsConfig = z.infer<typeof CommitmentsConfig>;

/** What a participant's screen gets of the settings: the pledge question and whether shadowing is asked (not the reports or meeting being planned). */
const COMMITMENTS_PARTICIPANT_FIELDS = ['pledgePrompt', 'askShadowing'] as const;
export type CommitmentsParticipantConfig = Pick<CommitmentsConfig, (typeof COMMITMENTS_PARTICIPANT_FIELDS)[number]>;

const Person = z.object({ id: participantRef(z.string().min(1).max(64)), name: z.string().trim().min(1).max(80) });

/** What the facilitator agreed with the room. Names are stored on purpose: the list is public. */
export const CommitmentsBoard = z.object({
  pairs: z.array(z.object({ id: z.string().min(1).max(64), sales: Person, marketing: Person, date: IsoDate.nullable() })).max(100),
  /** null = as planned in the config. */
  reports: z.array(WeeklyReport).max(6).nullable(),
  meeting: Meeting.nullable(),
  /** Pledges (author/key) already turned into action items, so the button says so. */
  promoted: z.array(answerRef(z.string().max(200))).max(500),
});
export type CommitmentsBoard = z.infer<typeof CommitmentsBoard>;

export const initialCommitmentsBoard = (): CommitmentsBoard => ({ pairs: [], reports: null, meeting: null, promoted: [] });

export function readCommitmentsBoard(board: unknown): CommitmentsBoard {
  return readBoard('commitments', { board }, { schema: CommitmentsBoard, initial: initialCommitmentsBoard });
}

/** The plan in force: the board's agreed version where there is one, else the config's. */
export function agreed(config: CommitmentsConfig, board: unknown): { pairs: CommitmentsBoard['pairs']; reports: WeeklyReport[]; meeting: Meeting } {
  const b = readCommitmentsBoard(board);
  return { pairs: b.pairs, reports: b.reports ?? config.reports, meeting: b.meeting ?? config.meeting };
}

/** The example words of a new commitments activity in each language (see ../localized.ts); days, times and ids are the same in all. */
interface CommitmentsWords {
  pledgePrompt: string;
  salesReport: { what: string; owner: string };
  marketingReport: { what: string; owner: string };
  meetingTopic: string;
}
const WORDS: Localized<CommitmentsWords> = {
  en: {
    pledgePrompt: 'One thing I will do in the next 30 days to work better with the other team',
    salesReport: { what: 'Deals won and lost (and why), where deals are stuck, what customers keep asking', owner: 'Sales manager' },
    marketingReport: { what: 'Leads sent and what happened to them, campaigns and content going live next week', owner: 'Marketing lead' },
    meetingTopic: 'Pipeline, lead feedback and one shared topic',
  },
  de: {
    pledgePrompt: 'Eine Sache, die ich in den nächsten 30 Tagen tue, um besser mit dem anderen Team zusammenzuarbeiten',
    salesReport: {
      what: 'Gewonnene und verlorene Deals (und warum), wo Deals feststecken, was Kunden immer wieder fragen',
      owner: 'Vertriebsleitung',
    },
    marketingReport: { what: 'Gelieferte Leads und was aus ihnen wurde, Kampagnen und Inhalte, die nächste Woche starten', owner: 'Marketingleitung' },
    meetingTopic: 'Pipeline, Feedback zu Leads und ein gemeinsames Thema',
  },
  fr: {
    pledgePrompt: 'Une chose que je ferai dans les 30 prochains jours pour mieux travailler avec l’autre équipe',
    salesReport: {
      what: 'Affaires gagnées et perdues (et pourquoi), où les affaires bloquent, ce que les clients demandent sans cesse',
      owner: 'Responsable commercial',
    },
    marketingReport: { what: 'Leads transmis et ce qu’ils sont devenus, campagnes et contenus lancés la semaine prochaine', owner: 'Responsable marketing' },
    meetingTopic: 'Pipeline, retours sur les leads et un sujet commun',
  },
  es: {
    pledgePrompt: 'Una cosa que haré en los próximos 30 días para trabajar mejor con el otro equipo',
    salesReport: {
      what: 'Negocios ganados y perdidos (y por qué), dónde se atascan los negocios, qué preguntan los clientes una y otra vez',
      owner: 'Responsable de Ventas',
    },
    marketingReport: { what: 'Leads enviados y qué pasó con ellos, campañas y contenidos que salen la semana que viene', owner: 'Responsable de Marketing' },
    meetingTopic: 'Pipeline, feedback sobre leads y un tema compartido',
  },
};

/** A new commitments activity: its words in `locale` (English by default). */
export function defaultCommitmentsConfig(locale: Locale = 'en'): CommitmentsConfig {
  const w = inLocale(WORDS, locale);
  return {
    pledgePrompt: w.pledgePrompt,
    askShadowing: true,
    shadowFrom: null,
    shadowSpacingDays: 7,
    reports: [
      {
        id: 'r-sales',
        from: 'sales',
        ...w.salesReport,
        day: 'Friday',
      },
      {
        id: 'r-marketing',
        from: 'marketing',
        ...w.marketingReport,
        day: 'Monday',
      },
    ],
    meeting: { everyWeeks: 2, day: 'Tuesday', time: '09:30', minutes: 45, firstDate: null, topic: w.meetingTopic },
  };
}

export const commitments = defineActivity({
  kind: 'commitments',
  label: 'Commitments',
  description: 'Leave with job-shadowing pairs, a weekly report both ways, a joint meeting in the calendar and action items with owners.',
  defaultTitle: 'What we commit to',
  defaultMinutes: 20,
  /** Pairs, reports and promises only work with a name on them. */
  namingPolicy: 'named-by-nature',
  configVersion: 1,
  configSchema: CommitmentsConfig,
  defaultConfig: defaultCommitmentsConfig,
  migrateConfig: noMigrations,
  responses: commitmentResponses,
  board: { schema: CommitmentsBoard, initial: initialCommitmentsBoard, title: 'Commitments' },
  guide: commitmentsGuide,
  report: commitmentsReport,
  participantConfig: (config): CommitmentsParticipantConfig => pickFields(config, COMMITMENTS_PARTICIPANT_FIELDS),
  describeResponse: describeCommitment,
});
