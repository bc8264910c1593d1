import { describe, expect, it } from 'vitest';
import { ACTIVITY_DEFINITIONS, findDefinition } from '../../src/activities/registry';
import { namingOf, namingPolicyOf } from '../../src/activities/naming';
import type { Naming } from '../../src/shared/privacy';

const withNames = { namesInExports: true };
const withoutNames = { namesInExports: false };
const activity = (kind: string, naming: Naming | null = null, config?: unknown) => ({
  naming,
  config: config ?? findDefinition(kind)!.defaultConfig(),
});

describe('namingOf: the naming in force per activity', () => {
  it('every kind declares a policy the privacy rule knows', () => {
    for (const def of ACTIVITY_DEFINITIONS) expect(['named-by-nature', 'always-anonymous', 'follows-workshop']).toContain(namingPolicyOf(def));
  });

  it('commitments are named even with names off, and ignore an override', () => {
    expect(namingOf(findDefinition('commitments'), activity('commitments'), withoutNames)).toBe('named');
    expect(namingOf(findDefinition('commitments'), activity('commitments', 'anonymous'), withoutNames)).toBe('named');
  });

  it('the trust retro and persona stay anonymous with names on, even when overridden to named', () => {
    for (const kind of ['retro', 'persona']) {
      expect(namingOf(findDefinition(kind), activity(kind), withNames)).toBe('anonymous');
      expect(namingOf(findDefinition(kind), activity(kind, 'named'), withNames)).toBe('anonymous');
    }
    // Even a retro configured with anonymous cards off.
    const retroConfig = { ...(findDefinition('retro')!.defaultConfig() as object), anonymous: false };
    expect(namingOf(findDefinition('retro'), activity('retro', null, retroConfig), withNames)).toBe('anonymous');
  });

  it('the buying-process map stays anonymous (as before) and an anonymous brainstorm too', () => {
    expect(namingOf(findDefinition('buyingmap'), activity('buyingmap'), withNames)).toBe('anonymous');
    const anonymousCards = { ...(findDefinition('brainstorm')!.defaultConfig() as object), anonymous: true };
    const namedCards = { ...(findDefinition('brainstorm')!.defaultConfig() as object), anonymous: false };
    expect(namingOf(findDefinition('brainstorm'), activity('brainstorm', null, anonymousCards), withNames)).toBe('anonymous');
    expect(namingOf(findDefinition('brainstorm'), activity('brainstorm', null, namedCards), withNames)).toBe('named');
  });

  it('other kinds follow the workshop (team only when names are off), and an override wins', () => {
    for (const kind of ['comp', 'leadsort', 'kpisort', 'dotvote', 'ranking', 'cardsort']) {
      expect(namingOf(findDefinition(kind), activity(kind), withoutNames)).toBe('team');
      expect(namingOf(findDefinition(kind), activity(kind), withNames)).toBe('named');
      expect(namingOf(findDefinition(kind), activity(kind, 'anonymous'), withNames)).toBe('anonymous');
      expect(namingOf(findDefinition(kind), activity(kind, 'named'), withoutNames)).toBe('named');
    }
  });
});
