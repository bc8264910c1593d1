import { describe, expect, it } from 'vitest';
import { PARTICIPANT_VIEWS, participantViewFor } from '../../../src/activities/participant-views';
import { VIEW_LOADERS, viewFor } from '../../../src/renderer/phone/lazy-views';

// The phone loads each activity's view on demand; its list must stay the one list of
// Participant views (a kind added there and not here would show phones "Eyes on the main screen").

describe('phone views loaded on demand', () => {
  it('covers exactly the kinds that take answers, each with the same view', async () => {
    expect(Object.keys(VIEW_LOADERS).sort()).toEqual(Object.keys(PARTICIPANT_VIEWS).sort());
    for (const [kind, load] of Object.entries(VIEW_LOADERS)) {
      expect((await load()).default, kind).toBe(participantViewFor(kind));
    }
    expect(viewFor('slide')).toBeUndefined();
    expect(viewFor('toString')).toBeUndefined();
  });
});
