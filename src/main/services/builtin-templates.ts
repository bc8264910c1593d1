import { findDefinition } from '../../activities/registry';
import type { Locale } from '../../shared/locale';
import { BUILT_IN_PREFIX, type TemplateActivity, type TemplateBody } from '../../shared/templates';
import { TEMPLATE_WORDS, type TemplateWords } from './template-words';

// The templates that ship with the app, in each language the app speaks (issue #19): their
// words come from template-words/, the exercises' example content from each engine's
// defaultConfig(locale). Exercises are used with their own default settings (so they stay
// valid as engines evolve); a kind that is not part of this build becomes a clearly marked
// placeholder slide.

interface Step {
  kind: string;
  title: string;
  minutes: number;
  /** Settings on top of the kind's defaults. */
  config?: Record<string, unknown>;
  notes?: string;
}

const activityIn =
  (locale: Locale, w: TemplateWords) =>
  (step: Step): TemplateActivity => {
    const def = findDefinition(step.kind);
    if (!def) {
      return {
        kind: 'slide',
        title: w.placeholder.title(step.title),
        minutes: step.minutes,
        configVersion: findDefinition('slide')!.configVersion,
        config: { text: w.placeholder.text(step.kind), bullets: [] },
        notes: step.notes ?? '',
      };
    }
    const base = def.defaultConfig(locale) as Record<string, unknown>;
    return {
      kind: step.kind,
      title: step.title,
      minutes: step.minutes,
      configVersion: def.configVersion,
      config: { ...base, ...step.config },
      notes: step.notes ?? '',
    };
  };

const welcome = (w: TemplateWords, minutes: number, bullets: readonly string[]): Step => ({
  kind: 'slide',
  title: w.welcome.title,
  minutes,
  config: { text: w.welcome.text, bullets: [...bullets] },
  notes: w.welcome.notes,
});

const icebreaker = (w: TemplateWords, minutes: number): Step => ({
  kind: 'brainstorm',
  title: w.icebreaker.title,
  minutes,
  config: { prompt: w.icebreaker.prompt, anonymous: true, maxCardsPerPerson: 3 },
  notes: w.icebreaker.notes,
});

const leadSort = (w: TemplateWords, minutes: number): Step => ({ kind: 'leadsort', title: w.leadSortTitle, minutes });
const kpis = (w: TemplateWords, minutes: number): Step => ({ kind: 'kpisort', title: w.kpisTitle, minutes });
const commitments = (w: TemplateWords, minutes: number): Step => ({ kind: 'commitments', title: w.commitments.title, minutes, notes: w.commitments.notes });
const wrapUp = (w: TemplateWords, minutes: number): Step => ({
  kind: 'slide',
  title: w.wrapUp.title,
  minutes,
  config: { text: '', bullets: [...w.wrapUp.bullets] },
});

export const KICKOFF_ID = `${BUILT_IN_PREFIX}kickoff`;
export const ALIGNMENT_DAY_ID = `${BUILT_IN_PREFIX}alignment-day`;
export const JOINT_MEETING_ID = `${BUILT_IN_PREFIX}joint-meeting`;

/** 90 minutes: the quickest useful start. */
export function kickoffTemplate(locale: Locale = 'en'): TemplateBody {
  const w = TEMPLATE_WORDS[locale];
  return {
    name: w.kickoff.name,
    description: w.kickoff.description,
    goal: w.kickoff.goal,
    activities: [
      welcome(w, 5, w.kickoff.welcome),
      icebreaker(w, 8),
      leadSort(w, 25),
      { kind: 'break', title: w.coffeeBreak, minutes: 10, config: { message: w.backInTen } },
      kpis(w, 20),
      commitments(w, 15),
      wrapUp(w, 7),
    ].map(activityIn(locale, w)),
  };
}

/** About six hours with breaks and lunch: every exercise, in an order that builds trust before it asks for it. */
export function alignmentDayTemplate(locale: Locale = 'en'): TemplateBody {
  const w = TEMPLATE_WORDS[locale];
  return {
    name: w.day.name,
    description: w.day.description,
    goal: w.day.goal,
    activities: [
      welcome(w, 10, w.day.welcome),
      icebreaker(w, 15),
      { kind: 'persona', title: w.day.personaTitle, minutes: 40, notes: w.day.personaNotes },
      { kind: 'break', title: w.coffeeBreak, minutes: 15, config: { message: w.backInFifteen } },
      { kind: 'comp', title: w.day.compTitle, minutes: 40 },
      leadSort(w, 35),
      { kind: 'break', title: w.day.lunch, minutes: 45, config: { message: w.day.lunchMessage } },
      { kind: 'buyingmap', title: w.day.buyingMapTitle, minutes: 45 },
      kpis(w, 30),
      { kind: 'break', title: w.day.afternoonBreak, minutes: 15, config: { message: w.backInFifteen } },
      { kind: 'retro', title: w.day.retroTitle, minutes: 30 },
      commitments(w, 30),
      wrapUp(w, 10),
    ].map(activityIn(locale, w)),
  };
}

/**
 * Forty minutes, every two to three weeks (issue #18): what we said we would do, how the teams feel
 * about working together now, one topic, and what we do next. The topic is a lead-definition check:
 * the same signals as the kickoff, so the series trends show whether the teams still sort them apart.
 */
export function jointMeetingTemplate(locale: Locale = 'en'): TemplateBody {
  const w = TEMPLATE_WORDS[locale];
  const j = w.joint;
  return {
    name: j.name,
    description: j.description,
    goal: j.goal,
    activities: [
      { kind: 'slide', title: j.introTitle, minutes: 2, config: { text: j.introText, bullets: [...j.introBullets] } },
      { kind: 'review', title: j.reviewTitle, minutes: 10, notes: j.reviewNotes },
      { kind: 'pulse', title: j.pulseTitle, minutes: 5, notes: j.pulseNotes },
      { kind: 'leadsort', title: j.topicTitle, minutes: 10, notes: j.topicNotes },
      { kind: 'commitments', title: j.nextTitle, minutes: 10, config: { pledgePrompt: j.pledgePrompt }, notes: j.nextNotes },
      { kind: 'slide', title: j.closeTitle, minutes: 3, config: { text: j.closeText, bullets: [] } },
    ].map(activityIn(locale, w)),
  };
}

/** The built-in templates; `body(locale)` makes one in that language (English when not given). */
export const BUILT_IN_TEMPLATES: { id: string; body(locale?: Locale): TemplateBody }[] = [
  { id: KICKOFF_ID, body: kickoffTemplate },
  { id: ALIGNMENT_DAY_ID, body: alignmentDayTemplate },
  { id: JOINT_MEETING_ID, body: jointMeetingTemplate },
];
