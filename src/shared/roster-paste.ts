import type { Team } from './domain';

// Turns a pasted list (from a spreadsheet, an email, a chat) into people.
// One person per line; columns split by tab, comma or semicolon:
//   "Dana Lee, Sales, AE"   "Sam Ortiz<TAB>marketing"   "Priya Shah"

export interface PastedPerson {
  name: string;
  team: Team;
  role: string;
}

export interface PasteResult {
  people: PastedPerson[];
  /** Lines that could not be read, with the reason, for the preview. */
  skipped: { line: number; text: string; reason: string }[];
}

const TEAM_WORDS: Record<string, Team> = {
  sales: 'sales',
  s: 'sales',
  sdr: 'sales',
  bdr: 'sales',
  ae: 'sales',
  marketing: 'marketing',
  mkt: 'marketing',
  m: 'marketing',
  pmm: 'marketing',
  other: 'other',
  o: 'other',
  revops: 'other',
};

export function readTeam(word: string): Team | null {
  return TEAM_WORDS[word.trim().toLowerCase()] ?? null;
}

export function parseRoster(text: string, defaultTeam: Team, existingNames: readonly string[] = []): PasteResult {
  const seen = new Set(existingNames.map((n) => n.trim().toLowerCase()));
  const people: PastedPerson[] = [];
  const skipped: PasteResult['skipped'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const cells = line
      .split(/\t|;|,/)
      .map((c) => c.trim())
      .filter((c, i) => c.length > 0 || i === 0);
    const name = (cells[0] ?? '').replace(/^[-*•\d.)\s]+(?=\S)/, '').trim();
    if (!name) return;
    if (name.length > 80) {
      skipped.push({ line: index + 1, text: line, reason: 'Name is longer than 80 characters' });
      return;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      skipped.push({ line: index + 1, text: line, reason: `${name} is already on the roster` });
      return;
    }
    seen.add(key);
    let team = defaultTeam;
    let teamSet = false;
    let role = '';
    for (const cell of cells.slice(1)) {
      const t = readTeam(cell);
      if (t && !teamSet) {
        team = t;
        teamSet = true;
      } else if (!role) role = cell.slice(0, 200);
    }
    people.push({ name, team, role });
  });
  return { people, skipped };
}
