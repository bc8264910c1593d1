import { describe, expect, it } from 'vitest';
import { PRIVACY_SETTING_ACTIONS } from '../../../src/main/services/privacy-settings';
import { call, dumpRows, testCore } from '../../helpers/core';
import { genericWorkshopAt } from '../../helpers/generic-workshop';

// Changing who can be recognised is written to the privacy log (shown in the
// console), with how many answers were given under the old setting.
describe('privacy settings are logged', () => {
  it('logs "Names in the report and exports" and an activity naming change, with the answers already given', () => {
    const core = testCore();
    const { w, detail, activity: vote } = genericWorkshopAt(core, 'dotvote');
    const option = (vote.config as { options: { id: string }[] }).options[0]!.id;
    for (const p of detail.participants.slice(0, 4))
      call(core, 'response:submit', { activityId: vote.id, participantId: p.id, itemKey: option, value: { dots: 1 } });

    expect(call(core, 'workshop:answerCounts', { id: w.id })).toEqual({ [vote.id]: 4 });

    call(core, 'workshop:update', { id: w.id, patch: { namesInExports: true } });
    call(core, 'workshop:update', { id: w.id, patch: { namesInExports: true } }); // no change: no entry
    call(core, 'workshop:update', { id: w.id, patch: { title: 'Renamed' } }); // not a privacy setting: no entry
    call(core, 'activity:update', { id: vote.id, patch: { naming: 'anonymous' } });
    call(core, 'activity:update', { id: vote.id, patch: { title: 'Where it hurts' } }); // no entry
    call(core, 'activity:update', { id: vote.id, patch: { naming: null } });

    const log = call(core, 'privacyLog:list', { workshopId: w.id });
    expect(log.map((e) => [e.action, e.detail])).toEqual([
      [PRIVACY_SETTING_ACTIONS.activityNaming, '“Where it hurts”: names set to Follow the workshop, was Anonymous (4 answers already given).'],
      [PRIVACY_SETTING_ACTIONS.activityNaming, `“${vote.title}”: names set to Anonymous, was Follow the workshop (4 answers already given).`],
      [PRIVACY_SETTING_ACTIONS.namesInExports, '“Names in the report and exports” turned on (4 answers already given).'],
    ]);
    core.close();
  });

  it('a refused change writes nothing, the log included', () => {
    const core = testCore();
    const { w, activity } = genericWorkshopAt(core, 'dotvote');
    const before = dumpRows(core);
    expect(core.dispatch('activity:update', { id: activity.id, patch: { naming: 'public' as never } }).ok).toBe(false);
    expect(core.dispatch('workshop:update', { id: w.id, patch: { namesInExports: 1 as never } }).ok).toBe(false);
    expect(core.dispatch('workshop:answerCounts', { id: 'nope' }).ok).toBe(false);
    expect(dumpRows(core)).toBe(before);
    core.close();
  });
});
