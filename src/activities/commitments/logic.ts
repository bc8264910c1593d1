import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import type { Team } from '../../shared/domain';
import { say, says } from '../../shared/api/say';
import { defineResponses } from '../types';
import type { CommitmentsConfig } from './definition';

/** "shadow": in for job shadowing or not; "pledge": one thing I will do. */
export const CommitmentValue = z.union([
  z.object({ in: z.boolean() }).strict(),
  z
    .object({
      text: z
        .string()
        .trim()
        .min(1, says(msg`Write what you will do`))
        .max(200, says(msg`Keep it under 200 characters`)),
    })
    .strict(),
]);
export type CommitmentValue = z.infer<typeof CommitmentValue>;

export interface CommitmentsTally {
  /** People who said they are in for job shadowing, by id (the facilitator pairs them). */
  shadowIn: { participantId: string; team: Team }[];
  shadowOut: number;
  /** Who said "not this time": suggested pairs leave them out. */
  shadowDeclined: string[];
  /** Pledges with their author: commitments are made in someone's name. */
  pledges: { key: string; participantId: string; team: Team; text: string }[];
}

export const pledgeKey = (participantId: string) => `${participantId}/pledge`;

export const commitmentResponses = defineResponses<CommitmentsConfig, CommitmentValue, CommitmentsTally>({
  valueSchema: CommitmentValue,
  check(config, itemKey, value) {
    if (itemKey === 'shadow') {
      if (!config.askShadowing) return say(msg`Job shadowing is not asked about in this session.`);
      return value === null || 'in' in value ? null : say(msg`Say whether you are in.`);
    }
    if (itemKey === 'pledge') return value === null || 'text' in value ? null : say(msg`Write what you will do.`);
    return say(msg`That is not part of this activity.`);
  },
  tally(_config, responses) {
    const byId = (a: { participantId: string }, b: { participantId: string }) =>
      a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0;
    const shadow = responses.filter((r) => r.itemKey === 'shadow' && 'in' in r.value);
    return {
      shadowIn: shadow
        .filter((r) => (r.value as { in: boolean }).in)
        .map((r) => ({ participantId: r.participantId, team: r.team }))
        .sort(byId),
      shadowOut: shadow.filter((r) => !(r.value as { in: boolean }).in).length,
      shadowDeclined: shadow
        .filter((r) => !(r.value as { in: boolean }).in)
        .map((r) => r.participantId)
        .sort(),
      pledges: responses
        .filter((r) => r.itemKey === 'pledge' && 'text' in r.value)
        .map((r) => ({ key: pledgeKey(r.participantId), participantId: r.participantId, team: r.team, text: (r.value as { text: string }).text }))
        .sort(byId),
    };
  },
  isComplete: (config, mine) => mine.has('pledge') && (!config.askShadowing || mine.has('shadow')),
});
