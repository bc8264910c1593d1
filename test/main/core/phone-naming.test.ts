import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import type { Naming } from '../../../src/shared/privacy';
import { call } from '../../helpers/core';
import { alignmentRoom, phoneOf } from './alignment-room';

// Phones say, before people answer, whether the activity is anonymous, team
// only or named: the phone state carries the naming in force, from the
// engine's policy, the activity's override and the workshop setting.

const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

function namingOnPhones(r: ReturnType<typeof alignmentRoom>, kinds: string[]): Record<string, Naming | undefined> {
  return Object.fromEntries(
    kinds.map((kind) => {
      call(r.core, 'run:goto', { workshopId: r.workshopId, activityId: r.of(kind).id });
      return [kind, phoneOf(r.core, r.workshopId, r.ana.id).activity?.naming];
    }),
  );
}

const KINDS = ['comp', 'leadsort', 'kpisort', 'dotvote', 'brainstorm', 'buyingmap', 'persona', 'retro', 'commitments'];

describe('the naming a phone is told', () => {
  it('names off (the default): team only where it follows the workshop; anonymous and named where the exercise says so', () => {
    const r = alignmentRoom();
    cores.push(r.core);
    expect(namingOnPhones(r, KINDS)).toEqual({
      comp: 'team',
      leadsort: 'team',
      kpisort: 'team',
      dotvote: 'team',
      brainstorm: 'anonymous', // the icebreaker's cards are set anonymous
      buyingmap: 'anonymous',
      persona: 'anonymous',
      retro: 'anonymous',
      commitments: 'named',
    });
  });

  it('names on: named where it follows the workshop; the trust retro and the persona stay anonymous', () => {
    const r = alignmentRoom();
    cores.push(r.core);
    call(r.core, 'workshop:update', { id: r.workshopId, patch: { namesInExports: true } });
    expect(namingOnPhones(r, KINDS)).toMatchObject({
      comp: 'named',
      leadsort: 'named',
      dotvote: 'named',
      persona: 'anonymous',
      retro: 'anonymous',
      commitments: 'named',
    });
  });

  it('an activity’s own override wins where the exercise allows one', () => {
    const r = alignmentRoom();
    cores.push(r.core);
    call(r.core, 'workshop:update', { id: r.workshopId, patch: { namesInExports: true } });
    call(r.core, 'activity:update', { id: r.of('comp').id, patch: { naming: 'anonymous' } });
    expect(namingOnPhones(r, ['comp', 'leadsort'])).toEqual({ comp: 'anonymous', leadsort: 'named' });
  });
});
