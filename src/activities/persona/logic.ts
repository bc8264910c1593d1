import { msg, plural } from '@lingui/core/macro';
import { z } from 'zod';
import { dotCount } from '../dots';
import type { Team } from '../../shared/domain';
import { say, says } from '../../shared/api/say';
import { defineResponses, dotsLeftMessage } from '../types';
import type { PersonaConfig } from './definition';
import { NOTE_KEY, VOTE_KEY } from './keys';

// Two kinds of answers under one activity:
//   "note-<random>": { section, text }  a note on the canvas
//   "v-n<id>":       { dots }            dots on a note put to the vote

export { NOTE_KEY, VOTE_KEY };

export const PersonaValue = z.union([
  z
    .object({
      section: z.string().min(1).max(20),
      text: z
        .string()
        .trim()
        .min(1, says(msg`Write something on the note`))
        .max(200, says(msg`Keep a note under 200 characters`)),
    })
    .strict(),
  z.object({ dots: dotCount(20) }).strict(),
]);
export type PersonaValue = z.infer<typeof PersonaValue>;

export interface PersonaTally {
  /** Every note, in a stable order, with its author's team (never the author). */
  notes: { key: string; section: string; text: string; team: Team }[];
  /** Dots per ballot id ("n3"), and how many people gave any. */
  votes: Record<string, { dots: number; voters: number }>;
  totalDots: number;
}

export const noteKey = (participantId: string, itemKey: string) => `${participantId}/${itemKey}`;
const dotsOf = (v: PersonaValue) => ('dots' in v ? v.dots : 0);

export const personaResponses = defineResponses<PersonaConfig, PersonaValue, PersonaTally>({
  valueSchema: PersonaValue,
  check(config, itemKey, value, mine, context) {
    if (NOTE_KEY.test(itemKey)) {
      if (value === null) return null;
      if (!('section' in value)) return say(msg`A note needs a section and some text.`);
      if (!config.sections.some((s) => s.id === value.section)) return say(msg`Pick one of the sections.`);
      const notes = [...mine.keys()].filter((k) => NOTE_KEY.test(k) && k !== itemKey).length;
      const max = config.notesPerPerson;
      return notes >= max ? say(msg`${plural(max, { one: 'You can add up to # note.', other: 'You can add up to # notes.' })}`) : null;
    }
    if (VOTE_KEY.test(itemKey)) {
      if (value === null) return null;
      if (!('dots' in value)) return say(msg`A vote is a number of dots.`);
      const ballot = context?.ballot;
      if (ballot && context?.live !== false) {
        if (!ballot.open) return say(msg`The vote on notes is not open.`);
        if (!ballot.has(itemKey)) return say(msg`That note is no longer on the ballot.`);
      }
      // Only dots on notes still on the ballot count (here and in the results): dots on a note
      // that left it are free again, and a kept vote on such a note counts nowhere.
      if (ballot && !ballot.has(itemKey)) return null;
      const counts = (k: string) => !ballot || ballot.has(k);
      const used = [...mine].reduce((sum, [k, v]) => (VOTE_KEY.test(k) && k !== itemKey && counts(k) ? sum + dotsOf(v) : sum), 0);
      const left = config.dotsPerPerson - used;
      return value.dots > left ? dotsLeftMessage(context, left, config.dotsPerPerson) : null;
    }
    return say(msg`That is not part of this activity.`);
  },
  tally(config, responses) {
    const sections = new Set(config.sections.map((s) => s.id));
    const notes = responses
      .filter((r) => NOTE_KEY.test(r.itemKey) && 'section' in r.value && sections.has(r.value.section))
      .map((r) => {
        const v = r.value as { section: string; text: string };
        return { key: noteKey(r.participantId, r.itemKey), section: v.section, text: v.text, team: r.team };
      })
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const votes: PersonaTally['votes'] = {};
    let totalDots = 0;
    for (const r of responses) {
      if (!VOTE_KEY.test(r.itemKey) || !('dots' in r.value)) continue;
      const id = r.itemKey.slice(2);
      const cur = votes[id] ?? { dots: 0, voters: 0 };
      votes[id] = { dots: cur.dots + r.value.dots, voters: cur.voters + 1 };
      totalDots += r.value.dots;
    }
    return { notes, votes, totalDots };
  },
  isComplete: (config, mine) => [...mine.keys()].some((k) => NOTE_KEY.test(k)),
});
