import { describe, expect, it } from 'vitest';
import { findDefinition } from '../../src/activities/registry';
import { currentConfig } from '../../src/activities/versioned';
import type { CompConfig } from '../../src/activities/comp/definition';

// The one place stored settings are brought up to date (used by activities, templates, currency and the import).

const comp = findDefinition('comp')!;

describe('currentConfig', () => {
  it('migrates settings from an older engine version and parses them', () => {
    const v1 = { ...(comp.defaultConfig() as CompConfig), currency: '£' } as unknown;
    const current = currentConfig(comp, 1, v1);
    expect(current.ok).toBe(true);
    if (current.ok) {
      expect(current.configVersion).toBe(comp.configVersion);
      expect((current.config as CompConfig).currency).toBe('GBP');
    }
  });

  it('takes settings at the current version as they are, once parsed', () => {
    expect(currentConfig(comp, comp.configVersion, comp.defaultConfig())).toEqual({
      ok: true,
      config: comp.defaultConfig(),
      configVersion: comp.configVersion,
    });
  });

  it('refuses settings from a newer engine, and says what is wrong with ones that do not parse', () => {
    expect(currentConfig(comp, comp.configVersion + 1, comp.defaultConfig())).toEqual({ ok: false, newer: true });
    const bad = currentConfig(findDefinition('dotvote')!, 1, { dotsPerPerson: 'many' });
    expect(bad.ok).toBe(false);
    if (!bad.ok && !bad.newer) expect(bad.error.issues.length).toBeGreaterThan(0);
  });
});
