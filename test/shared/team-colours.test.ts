import { describe, expect, it } from 'vitest';
import { TEAM_COLOURS, teamColoursCss, teamTextColours } from '../../src/shared/team-colours';
import { TEAMS } from '../../src/shared/teams';

describe('team colours, defined once', () => {
  it('the screens’ stylesheet is written from the definition (run with -u after changing a colour)', async () => {
    await expect(teamColoursCss()).toMatchFileSnapshot('../../src/renderer/styles/team-colours.css');
  });

  it('every team has a colour for light and dark surfaces, as #rrggbb', () => {
    for (const team of TEAMS) {
      for (const value of Object.values(TEAM_COLOURS[team])) expect(value).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(teamTextColours()).toEqual({ sales: '#b54700', marketing: '#0072b2', other: '#8e3b6e' });
  });
});
