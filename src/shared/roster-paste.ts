import type { Team } from './domain';

// Turns a pasted list (from a spreadsheet, an email, a chat) into people.
// One person per line; columns split by tab, comma or semicolon:
//   "Dana Lee, Sales, AE"   "Sam Ortiz<TAB>marketing"   "Priya Shah"

export interface PastedPerson {
  name: string;
  team: Team;
  role: string;
}

/** Why a line was skipped: a header row, a name over 80 characters, or someone already on the roster. */
export type SkipReason = 'header' | 'too-long' | 'on-roster';

export interface PasteResult {
  people: PastedPerson[];
  /** Lines that could not be read, with the reason, for the preview (`why` and `name` let a screen say it in its own language). */
  skipped: { line: number; text: string; reason: string; why: SkipReason; name: string }[];
  /** People added with the default team because their team column was not a team we know: worth a look. */
  unsure: { line: number; name: string; word: string }[];
}

const TEAM_WORDS: Record<string, Team> = {
  sales: 'sales',
  s: 'sales',
  sdr: 'sales',
  bdr: 'sales',
  ae: 'sales',
  marketing: 'marketing',
  mkt: 'marketing',
  mktg: 'marketing',
  marketer: 'marketing',
  'marketing team': 'marketing',
  'demand gen': 'marketing',
  'product marketing': 'marketing',
  m: 'marketing',
  pmm: 'marketing',
  'sales team': 'sales',
  'sales rep': 'sales',
  'account executive': 'sales',
  bd: 'sales',
  other: 'other',
  o: 'other',
  revops: 'other',
  // The team names as the German, French and Spanish screens write them (the paste dialog asks for these).
  vertrieb: 'sales',
  verkauf: 'sales',
  andere: 'other',
  sonstige: 'other',
  ventes: 'sales',
  commercial: 'sales',
  autre: 'other',
  autres: 'other',
  ventas: 'sales',
  comercial: 'sales',
  otro: 'other',
  otra: 'other',
  otros: 'other',
};

export function readTeam(word: string): Team | null {
  return TEAM_WORDS[word.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** A spreadsheet's header row: "Name, Team, Role" and the like. */
const HEADER_WORDS = new Set([
  'name',
  'names',
  'full name',
  'person',
  'participant',
  'team',
  'department',
  'dept',
  'role',
  'title',
  'job title',
  'email',
  'e-mail',
  // German, French, Spanish
  'vollständiger name',
  'rolle',
  'abteilung',
  'nom',
  'nom complet',
  'équipe',
  'equipe',
  'rôle',
  'nombre',
  'nombre completo',
  'equipo',
  'rol',
  'correo',
]);
const isHeader = (cells: string[]) =>
  cells.length > 0 && cells.every((c) => c === '' || HEADER_WORDS.has(c.toLowerCase())) && HEADER_WORDS.has((cells[0] ?? '').toLowerCase());

export function parseRoster(text: string, defaultTeam: Team, existingNames: readonly string[] = []): PasteResult {
  const seen = new Set(existingNames.map((n) => n.trim().toLowerCase()));
  const people: PastedPerson[] = [];
  const skipped: PasteResult['skipped'] = [];
  const unsure: PasteResult['unsure'] = [];
  let first = true;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const cells = line
      .split(/\t|;|,/)
      .map((c) => c.trim())
      .filter((c, i) => c.length > 0 || i === 0);
    const wasFirst = first;
    first = false;
    if (wasFirst && isHeader(cells)) {
      skipped.push({ line: index + 1, text: line, reason: 'Looks like a header row (column names), not a person', why: 'header', name: '' });
      return;
    }
    const name = (cells[0] ?? '').replace(/^[-*•\d.)\s]+(?=\S)/, '').trim();
    if (!name) return;
    if (name.length > 80) {
      skipped.push({ line: index + 1, text: line, reason: 'Name is longer than 80 characters', why: 'too-long', name });
      return;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      skipped.push({ line: index + 1, text: line, reason: `${name} is already on the roster`, why: 'on-roster', name });
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
    // Three columns or more and none of them a team: the team column holds a word we do not know.
    if (!teamSet && cells.length >= 3) {
      unsure.push({ line: index + 1, name, word: cells[1]! });
      role = cells.slice(2).join(', ').slice(0, 200);
    }
    people.push({ name, team, role });
  });
  return { people, skipped, unsure };
}
