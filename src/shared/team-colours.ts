import { TEAMS, type TeamId } from './teams';

// The team colours, defined here once. Okabe–Ito hues, darkened for text on white; always
// paired with a name or a mark (◆ ● ▲), never the only signal. Screens read them as CSS
// custom properties (src/renderer/styles/team-colours.css, written from teamColoursCss() by
// test/shared/team-colours.test.ts), the PDF report through its data, the slides from here.

export interface TeamColour {
  /** Text, marks and bars on a light surface (contrast on #FFFFFF in the comment). */
  text: string;
  /** A light tint behind a team's badge. */
  soft: string;
  /** On the projector's dark surface (the original Okabe–Ito hue). */
  onDark: string;
}

export const TEAM_COLOURS: Record<TeamId, TeamColour> = {
  sales: { text: '#b54700' /* 5.4:1 */, soft: '#fff3e8', onDark: '#e69f00' },
  marketing: { text: '#0072b2' /* 5.2:1 */, soft: '#eaf4fb', onDark: '#56b4e9' },
  other: { text: '#8e3b6e' /* 7.0:1 */, soft: '#f8edf4', onDark: '#cc79a7' },
};

/** The text colour of each team, by id: what the report and the slides draw with. */
export const teamTextColours = (): Record<TeamId, string> => Object.fromEntries(TEAMS.map((team) => [team, TEAM_COLOURS[team].text])) as Record<TeamId, string>;

/** The stylesheet of custom properties every screen's CSS uses: --team-sales, --team-sales-soft, --team-sales-on-dark, … */
export function teamColoursCss(): string {
  const lines = TEAMS.flatMap((team) => {
    const c = TEAM_COLOURS[team];
    return [`  --team-${team}: ${c.text};`, `  --team-${team}-soft: ${c.soft};`, `  --team-${team}-on-dark: ${c.onDark};`];
  });
  return [
    '/* Written from src/shared/team-colours.ts by test/shared/team-colours.test.ts: edit the colours there,',
    '   then run `npx vitest run test/shared/team-colours.test.ts -u`. */',
    ':root {',
    ...lines,
    '}',
    '',
  ].join('\n');
}
