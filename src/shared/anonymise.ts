import { says } from './api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { Id, Workshop } from './domain';

// "Anonymise this workshop": the operation's input and what it reports back,
// shared by the core, the contract and the dialog.

export const AnonymiseInput = z
  .object({
    id: Id,
    /** The workshop's title, typed by the facilitator to confirm (compared trimmed, exactly). */
    confirmTitle: z.string().max(400, says(msg`That is longer than any workshop title`)),
  })
  .strict();

export const AnonymiseSummary = z.object({
  workshop: Workshop,
  /** People whose name became "Sales 1", "Marketing 2", ... */
  people: z.number().int(),
  /** Action item owners: a roster name became that person's label; a team word stayed; anything else became "Someone". */
  owners: z.object({ renamed: z.number().int(), someone: z.number().int(), kept: z.number().int() }),
  /** Texts (titles, notes, settings, boards, answers, action items, log lines) in which a roster name was replaced. */
  texts: z.number().int(),
  /** Phones that could have rejoined as someone: forgotten. */
  devices: z.number().int(),
});
export type AnonymiseSummary = z.infer<typeof AnonymiseSummary>;

/** Does what the facilitator typed confirm this title? Exact, apart from spaces around it. */
export const titleConfirms = (typed: string, title: string): boolean => typed.trim() === title.trim();
