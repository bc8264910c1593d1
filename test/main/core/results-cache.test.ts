import { describe, expect, it } from 'vitest';
import { call, testCore } from '../../helpers/core';
import { genericWorkshop } from '../../helpers/generic-workshop';

// Issue #13: with a room voting, the console and the presenter each read an activity's
// results after every change; the tally was computed once per reader. Now it is computed once
// per change of the database and read again for free until something is written.

type Tally = { respondents: { participantId: string }[]; threshold: number };

describe('activity results between writes', () => {
  it('are the same reading until something is written, and any write (an answer, a setting) brings a fresh one', () => {
    const core = testCore();
    const w = genericWorkshop(core);
    const detail = call(core, 'workshop:get', { id: w.id });
    const vote = detail.activities.find((a) => a.kind === 'dotvote')!;
    const option = (vote.config as { options: { id: string }[] }).options[0]!.id;

    const first = call(core, 'activity:results', { activityId: vote.id }) as Tally;
    const again = call(core, 'activity:results', { activityId: vote.id }) as Tally;
    expect(again).toBe(first); // nothing written: not computed again

    call(core, 'response:submit', { activityId: vote.id, participantId: detail.participants[0]!.id, itemKey: option, value: { dots: 1 } });
    const afterVote = call(core, 'activity:results', { activityId: vote.id }) as Tally;
    expect(afterVote).not.toBe(first);
    expect(afterVote.respondents.length).toBe(first.respondents.length + 1);

    call(core, 'workshop:update', { id: w.id, patch: { anonymityThreshold: first.threshold + 1 } });
    const afterSetting = call(core, 'activity:results', { activityId: vote.id }) as Tally;
    expect(afterSetting.threshold).toBe(first.threshold + 1);
    expect(afterSetting.respondents).toEqual(afterVote.respondents);
  });

  it('never keeps a refusal: an unknown activity is refused each time, and reads of two activities stay apart', () => {
    const core = testCore();
    const w = genericWorkshop(core);
    const [a, b] = call(core, 'workshop:get', { id: w.id }).activities;
    const ra = call(core, 'activity:results', { activityId: a!.id }) as { activityId: string };
    const rb = call(core, 'activity:results', { activityId: b!.id }) as { activityId: string };
    expect([ra.activityId, rb.activityId]).toEqual([a!.id, b!.id]);
    for (let i = 0; i < 2; i++) {
      const r = core.dispatch('activity:results', { activityId: 'no-such-activity' });
      expect(r.ok).toBe(false);
    }
  });
});
