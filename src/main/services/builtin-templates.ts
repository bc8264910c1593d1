import { findDefinition } from '../../activities/registry';
import { BUILT_IN_PREFIX, type TemplateActivity, type TemplateBody } from '../../shared/templates';

// The templates that ship with the app. Exercises are used with their
// own default settings (so they stay valid as engines evolve); a kind that
// is not part of this build becomes a clearly marked placeholder slide.

interface Step {
  kind: string;
  title: string;
  minutes: number;
  /** Settings on top of the kind's defaults. */
  config?: Record<string, unknown>;
  notes?: string;
}

function activity(step: Step): TemplateActivity {
  const def = findDefinition(step.kind);
  if (!def) {
    return {
      kind: 'slide',
      title: `[Placeholder] ${step.title}`,
      minutes: step.minutes,
      configVersion: findDefinition('slide')!.configVersion,
      config: {
        text: `This slot is for the “${step.kind}” exercise, which this version of Common Ground does not have. Replace it, or run it as a discussion.`,
        bullets: [],
      },
      notes: step.notes ?? '',
    };
  }
  const base = def.defaultConfig() as Record<string, unknown>;
  return {
    kind: step.kind,
    title: step.title,
    minutes: step.minutes,
    configVersion: def.configVersion,
    config: { ...base, ...step.config },
    notes: step.notes ?? '',
  };
}

const welcome = (minutes: number, bullets: string[]): Step => ({
  kind: 'slide',
  title: 'Welcome: why both teams are in one room',
  minutes,
  config: {
    text: 'We want the same thing: more revenue with less wasted effort. Today we look at where we see things differently, and agree a few small things to try.',
    bullets,
  },
  notes: 'Keep it short. Say out loud that disagreement is what we came to find, not a problem to hide.',
});

const icebreaker = (minutes: number): Step => ({
  kind: 'brainstorm',
  title: 'Icebreaker: what the other team never sees about my job',
  minutes,
  config: { prompt: 'Write one thing about your work that you think the other team never sees.', anonymous: true, maxCardsPerPerson: 3 },
  notes: 'Read a handful aloud. Laughter here buys goodwill for the harder exercises.',
});

const leadSort = (minutes: number): Step => ({ kind: 'leadsort', title: 'What makes a quality lead?', minutes });
const kpis = (minutes: number): Step => ({ kind: 'kpisort', title: 'Shared goals, roles and KPIs', minutes });
const commitments = (minutes: number): Step => ({
  kind: 'commitments',
  title: 'Commitments: who does what, by when',
  minutes,
  notes: 'Nothing leaves the room without an owner and a date.',
});
const wrapUp = (minutes: number): Step => ({
  kind: 'slide',
  title: 'Wrap-up and next steps',
  minutes,
  config: {
    text: '',
    bullets: ['The report goes to leadership this week', 'First joint meeting is already in the calendar', 'We check progress together in 30 days'],
  },
});

export const KICKOFF_ID = `${BUILT_IN_PREFIX}kickoff`;
export const ALIGNMENT_DAY_ID = `${BUILT_IN_PREFIX}alignment-day`;
export const JOINT_MEETING_ID = `${BUILT_IN_PREFIX}joint-meeting`;

/** 90 minutes: the quickest useful start. */
export function kickoffTemplate(): TemplateBody {
  return {
    name: 'Alignment kickoff',
    description: 'Ninety minutes to agree what a quality lead is, who owns which numbers, and three commitments with owners and dates.',
    goal: 'Agree on what a quality lead is, who owns which numbers, and leave with commitments that have owners and dates.',
    activities: [
      welcome(5, ['What a good lead means to each of us', 'Which numbers we own, alone and together', 'What we commit to before we leave']),
      icebreaker(8),
      leadSort(25),
      { kind: 'break', title: 'Coffee break', minutes: 10, config: { message: 'Back in ten minutes' } },
      kpis(20),
      commitments(15),
      wrapUp(7),
    ].map(activity),
  };
}

/** About six hours with breaks and lunch: every exercise, in an order that builds trust before it asks for it. */
export function alignmentDayTemplate(): TemplateBody {
  return {
    name: 'Sales & Marketing alignment day',
    description:
      'A full day (about six hours with breaks and lunch): understand each other first (persona, pay), then agree the shared things (leads, buying process, KPIs), then trust and commitments.',
    goal: 'Understand how the other team works and is paid, agree a shared definition of a quality lead, the buying process and KPIs, and leave with commitments.',
    activities: [
      welcome(10, ['Morning: how the other side works and is paid', 'Midday: leads and the buyer’s journey', 'Afternoon: numbers, trust and commitments']),
      icebreaker(15),
      {
        kind: 'persona',
        title: 'The sales team as a persona',
        minutes: 40,
        notes: 'Marketing treats Sales as a customer: what do they need, fear and want from us?',
      },
      { kind: 'break', title: 'Coffee break', minutes: 15, config: { message: 'Back in fifteen minutes' } },
      { kind: 'comp', title: 'Sales compensation 101', minutes: 40 },
      leadSort(35),
      { kind: 'break', title: 'Lunch', minutes: 45, config: { message: 'Lunch: sit with someone from the other team' } },
      { kind: 'buyingmap', title: 'The buying process, stage by stage', minutes: 45 },
      kpis(30),
      { kind: 'break', title: 'Afternoon break', minutes: 15, config: { message: 'Back in fifteen minutes' } },
      { kind: 'retro', title: 'Trust retrospective', minutes: 30 },
      commitments(30),
      wrapUp(10),
    ].map(activity),
  };
}

/**
 * Forty minutes, every two to three weeks (issue #18): what we said we would do, how the teams feel
 * about working together now, one topic, and what we do next. The topic is a lead-definition check:
 * the same signals as the kickoff, so the series trends show whether the teams still sort them apart.
 */
export function jointMeetingTemplate(): TemplateBody {
  return {
    name: 'Joint meeting',
    description:
      'Forty minutes every two to three weeks: review what was committed, take the alignment pulse, check one topic together (here the lead definition), and agree what comes next.',
    goal: 'See what we did since last time, whether Sales and Marketing are getting closer, and leave with the next commitments.',
    activities: [
      {
        kind: 'slide',
        title: 'Joint meeting: since last time',
        minutes: 2,
        config: {
          text: 'Forty minutes, four steps: what we said we would do, how it feels now, one topic, what we do next.',
          bullets: ['What we said we would do', 'The alignment pulse', 'One topic: is our lead definition holding?', 'What we do next'],
        },
      },
      {
        kind: 'review',
        title: 'What we said we would do',
        minutes: 10,
        notes: 'Go through each item quickly: done, partly, not done or dropped, and one line on why. Move owners and dates where the room agrees.',
      },
      { kind: 'pulse', title: 'Alignment pulse', minutes: 5, notes: 'Two minutes on phones, then look at the biggest gap together.' },
      {
        kind: 'leadsort',
        title: 'Topic: is our lead definition holding?',
        minutes: 10,
        notes: 'Or swap this slot for a buying-process friction point or a campaign preview; keep it to one topic.',
      },
      {
        kind: 'commitments',
        title: 'What we do before next time',
        minutes: 10,
        config: { pledgePrompt: 'One thing I will do before our next joint meeting' },
        notes: 'Nothing leaves the room without an owner and a date. Keep the list short: it is reviewed next time.',
      },
      {
        kind: 'slide',
        title: 'Next joint meeting',
        minutes: 3,
        config: { text: 'Same time in two weeks. The report goes to both teams today.', bullets: [] },
      },
    ].map(activity),
  };
}

export const BUILT_IN_TEMPLATES: { id: string; body(): TemplateBody }[] = [
  { id: KICKOFF_ID, body: kickoffTemplate },
  { id: ALIGNMENT_DAY_ID, body: alignmentDayTemplate },
  { id: JOINT_MEETING_ID, body: jointMeetingTemplate },
];
