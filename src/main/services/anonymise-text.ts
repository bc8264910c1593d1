import type { z } from 'zod';
import { TEAM_LABEL, TEAMS, type Participant, type Team } from '../../shared/domain';
import { boardRefs } from '../../activities/board-ids';
import { mapSchemaParts, schemaShape, schemaType } from '../../activities/schema-walk';

// The pure part of "Anonymise this workshop": the new labels, and finding
// roster names in text the facilitator or a participant typed.
//
// What counts as a name in text: a roster name exactly as it is spelled on
// the roster, as a whole word ("Dana Lee" in "ask Dana Lee's team", not in
// "Dana Leeds"). A first name alone, a nickname or a name that is not on the
// roster cannot be told apart from ordinary words and is left as typed; the
// confirmation dialog says so.

/** What an action item's owner becomes when it is not exactly a roster name. */
export const SOMEONE = 'Someone';

/** "Sales 1", "Sales 2", "Marketing 1", ...: numbered within each team, in roster order. */
export function rosterLabels(people: readonly Participant[]): Map<string, string> {
  const seen = Object.fromEntries(TEAMS.map((t) => [t, 0])) as Record<Team, number>;
  return new Map(people.map((p) => [p.id, `${TEAM_LABEL[p.team]} ${(seen[p.team] += 1)}`]));
}

/** Escape what is special in a regular expression with the u flag (where "\-" is an error). */
const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

export interface NameReplacer {
  /** The text with every roster name (whole word, exact spelling) replaced by that person's label. */
  text(s: string): string;
  /** The label for a text that is exactly a roster name (surrounding spaces ignored), if it is one. */
  exact(s: string): string | undefined;
}

/**
 * One pass over the text with all names at once (longest first), so a label
 * is never itself replaced and "Ann Lee Smith" wins over "Ann Lee". Two
 * people with the same name cannot be told apart: their name becomes "Someone".
 */
export function nameReplacer(people: readonly Participant[], labels: ReadonlyMap<string, string>): NameReplacer {
  const byName = new Map<string, string>();
  for (const p of people) {
    const name = p.name.trim();
    const label = labels.get(p.id);
    if (!name || !label) continue;
    const known = byName.get(name);
    byName.set(name, known === undefined || known === label ? label : SOMEONE);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = names.length ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}\\p{M}_])`, 'gu') : null;
  return {
    text: (s) => (pattern ? s.replace(pattern, (name) => byName.get(name) ?? SOMEONE) : s),
    exact: (s) => byName.get(s.trim()),
  };
}

/** Owners that name a group, not a person: kept as they are. */
const GROUP_OWNERS = new Set(['sales', 'marketing', 'other', 'sales team', 'marketing team', 'both', 'both teams', 'everyone', 'all', 'leadership']);

export type OwnerOutcome = 'empty' | 'group' | 'renamed' | 'someone';

/**
 * An action item's owner: a roster name becomes that person's label, a team
 * or group word stays, anything else becomes "Someone" (it may be a name that
 * is not on the roster: a manager, a client).
 */
export function anonymiseOwner(owner: string, names: NameReplacer): { owner: string; outcome: OwnerOutcome } {
  const trimmed = owner.trim();
  if (!trimmed) return { owner: '', outcome: 'empty' };
  const label = names.exact(trimmed);
  if (label !== undefined) return { owner: label, outcome: label === SOMEONE ? 'someone' : 'renamed' };
  if (GROUP_OWNERS.has(trimmed.toLowerCase())) return { owner: trimmed, outcome: 'group' };
  if (/^(sales|marketing|other) \d+$/i.test(trimmed)) return { owner: trimmed, outcome: 'group' };
  return { owner: SOMEONE, outcome: 'someone' };
}

export interface TextWalk {
  names: NameReplacer;
  /** The label of a participant by id (for a board's person fields, e.g. a shadowing pair). */
  labelOf(participantId: string): string | undefined;
}

/** Any JSON without a schema to guide it: every string but ids. */
function walkLoose(value: unknown, w: TextWalk): unknown {
  if (typeof value === 'string') return w.names.text(value);
  if (Array.isArray(value)) return value.map((v) => walkLoose(v, w));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' ? v : walkLoose(v, w)]));
  }
  return value;
}

/**
 * Replace roster names in the free text of a value that passed `schema`
 * (a config, a board, an answer). Left as they are: enums and literals, every
 * `id` field, fields that point at people or answers (board-ids.ts). A person
 * stored with their name next to their id ({ id, name }, as in a shadowing
 * pair) gets their label, whatever name was stored at the time.
 */
export function replaceNamesIn(schema: z.ZodType, value: unknown, w: TextWalk): unknown {
  if (boardRefs.get(schema)) return value;
  if (schemaType(schema) === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const shape = schemaShape(schema);
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const personId = shape.id && boardRefs.get(shape.id)?.ref === 'participant' && typeof out.id === 'string' ? out.id : undefined;
    for (const [key, field] of Object.entries(shape)) {
      if (!(key in out) || key === 'id') continue;
      const label = key === 'name' && personId !== undefined ? w.labelOf(personId) : undefined;
      out[key] = label ?? replaceNamesIn(field, out[key], w);
    }
    return out;
  }
  return mapSchemaParts(
    schema,
    value,
    (part, v) => replaceNamesIn(part, v, w),
    (type, v) => {
      if (type === 'string') return typeof v === 'string' ? w.names.text(v) : v;
      if (type === 'unknown' || type === 'any') return walkLoose(v, w);
      // enum, literal, number, boolean, date ...: no free text.
      return v;
    },
  );
}
