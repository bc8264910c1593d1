import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ACTIVITY_EDITORS, ActivityEditors } from '../../src/activities/editors';
import type { ACTIVITY_VIEWS, ActivityViewList } from '../../src/activities/views';
import type { PARTICIPANT_VIEWS, ParticipantViewList } from '../../src/activities/participant-views';
import { ACTIVITY_DEFINITIONS, type ConfigOf, type InteractiveKind, type TallyOf } from '../../src/activities/registry';
import { defineActivity, noMigrations } from '../../src/activities/types';
import type { CardSortTally } from '../../src/activities/cardsort/logic';

// The lists of kinds are checked by the compiler (npx tsc): each `@ts-expect-error`
// below is a list or definition that must NOT compile; if it ever compiles, the
// directive itself fails the type check. The `it`s check the same facts at run time.

/** `Candidate` fits where `List` is wanted (what `satisfies` checks on the real lists). */
type Fits<List, Candidate extends List> = Candidate;

// The real lists fit.
export type EditorsFit = Fits<ActivityEditors, typeof ACTIVITY_EDITORS>;
export type ViewsFit = Fits<ActivityViewList, typeof ACTIVITY_VIEWS>;
export type ParticipantsFit = Fits<ParticipantViewList, typeof PARTICIPANT_VIEWS>;

// @ts-expect-error a kind without an editor
export type EditorMissing = Fits<ActivityEditors, Omit<typeof ACTIVITY_EDITORS, 'retro'>>;
// @ts-expect-error a kind without its views
export type ViewsMissing = Fits<ActivityViewList, Omit<typeof ACTIVITY_VIEWS, 'kpisort'>>;
// @ts-expect-error a kind people answer without its Participant view
export type ParticipantMissing = Fits<ParticipantViewList, Omit<typeof PARTICIPANT_VIEWS, 'dotvote'>>;
// @ts-expect-error a kind people answer without Results
export type ResultsMissing = Fits<ActivityViewList, Omit<typeof ACTIVITY_VIEWS, 'dotvote'> & { dotvote: Omit<(typeof ACTIVITY_VIEWS)['dotvote'], 'Results'> }>;
// @ts-expect-error a kind with a board without its Board view
export type BoardMissing = Fits<ActivityViewList, Omit<typeof ACTIVITY_VIEWS, 'leadsort'> & { leadsort: Omit<(typeof ACTIVITY_VIEWS)['leadsort'], 'Board'> }>;
export type RankingResultsOnDotVote = Fits<
  ActivityViewList,
  // @ts-expect-error Results written for another kind's tally (ranking's on a dot vote)
  Omit<typeof ACTIVITY_VIEWS, 'dotvote'> & {
    dotvote: Omit<(typeof ACTIVITY_VIEWS)['dotvote'], 'Results'> & { Results: (typeof ACTIVITY_VIEWS)['ranking']['Results'] };
  }
>;
// @ts-expect-error a slide (nobody answers it) given a Participant view
export type SlideAnswered = Fits<ActivityViewList, Omit<typeof ACTIVITY_VIEWS, 'slide'> & { slide: (typeof ACTIVITY_VIEWS)['dotvote'] }>;

// The types follow the definitions: the lead sort's config is its own, its tally the card sort's.
export const leadOpen: ConfigOf<'leadsort'>['open'] = false;
// @ts-expect-error a lead sort is never an open sort
export const leadOpenTrue: ConfigOf<'leadsort'>['open'] = true;
export const leadTally: TallyOf<'leadsort'> = { columns: [], cards: [] } satisfies CardSortTally;
// @ts-expect-error slides and breaks are not answered
export const slideAnswered: InteractiveKind = 'slide';

const Config = z.object({ question: z.string() });
const draft = {
  kind: 'draft',
  label: 'Draft',
  description: 'A kind made up for this test.',
  defaultTitle: 'Draft',
  defaultMinutes: 5,
  configVersion: 1,
  configSchema: Config,
  migrateConfig: noMigrations,
} as const;

describe('typed activity lists', () => {
  it('a definition gets its types from its schema: a default config of another shape does not compile', () => {
    const ok = defineActivity({ ...draft, defaultConfig: () => ({ question: 'Why?' }) });
    // @ts-expect-error the default config does not match the config schema
    const wrong = defineActivity({ ...draft, defaultConfig: () => ({ question: 42 }) });
    expect(ok.configSchema.safeParse(ok.defaultConfig()).success).toBe(true);
    expect(wrong.configSchema.safeParse(wrong.defaultConfig()).success).toBe(false);
  });

  it('decides "interactive" in one place: exactly when the definition takes responses', () => {
    const talk = defineActivity({ ...draft, defaultConfig: () => ({ question: '' }) });
    const asked = defineActivity({
      ...draft,
      defaultConfig: () => ({ question: '' }),
      responses: { valueSchema: z.string(), check: () => null, tally: (_c, rs) => rs.length },
    });
    expect(talk.interactive).toBe(false);
    expect(asked.interactive).toBe(true);
    for (const d of ACTIVITY_DEFINITIONS) expect(d.interactive, d.kind).toBe(d.responses !== undefined);
  });
});
