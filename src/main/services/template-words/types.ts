// The words of the built-in templates and the sample workshop, one file per language (issue #19).
// A typed record per language rather than catalog messages: a template is structured text
// (titles, notes, slide bullets, break messages) whose pieces belong together, and the compiler
// refuses a language that misses one (index.ts). The exercises' own example content comes from
// each engine's defaultConfig(locale); only what a template says on top of it lives here.

type Three = readonly [string, string, string];

export interface TemplateWords {
  /** A kind this build does not have becomes a marked slide. */
  placeholder: { title(title: string): string; text(kind: string): string };
  welcome: { title: string; text: string; notes: string };
  icebreaker: { title: string; prompt: string; notes: string };
  leadSortTitle: string;
  kpisTitle: string;
  commitments: { title: string; notes: string };
  wrapUp: { title: string; bullets: Three };
  coffeeBreak: string;
  backInTen: string;
  backInFifteen: string;
  kickoff: { name: string; description: string; goal: string; welcome: Three };
  day: {
    name: string;
    description: string;
    goal: string;
    welcome: Three;
    personaTitle: string;
    personaNotes: string;
    compTitle: string;
    lunch: string;
    lunchMessage: string;
    buyingMapTitle: string;
    afternoonBreak: string;
    retroTitle: string;
  };
  joint: {
    name: string;
    description: string;
    goal: string;
    introTitle: string;
    introText: string;
    introBullets: readonly [string, string, string, string];
    reviewTitle: string;
    reviewNotes: string;
    pulseTitle: string;
    pulseNotes: string;
    topicTitle: string;
    topicNotes: string;
    nextTitle: string;
    pledgePrompt: string;
    nextNotes: string;
    closeTitle: string;
    closeText: string;
  };
  sample: {
    title: string;
    location: string;
    /** The roster's roles, in the roster's order (sample.ts). */
    roles: readonly [string, string, string, string, string, string, string, string, string, string];
  };
}
