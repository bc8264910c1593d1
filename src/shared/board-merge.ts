/**
 * Three-way merge of a facilitator's board, so two consoles editing one board at once
 * both keep their work. `base` is the board the edit was made on, `theirs` the board
 * stored now (perhaps changed meanwhile by the other console), `mine` the edited board.
 *
 * - Objects merge key by key; lists of items with an `id` (or `key`, `kpiId`) merge item by item; lists of
 *   unique plain values (card keys, note keys) merge as sets (added and removed values).
 * - A change on one side only is kept. When both sides changed the same field to
 *   different values, the stored one (`theirs`) is kept and a conflict names the field
 *   in words, so the console can say which change was not kept. Nothing is lost silently.
 * - A value that the merge would put in two sibling lists (a card moved into two
 *   different groups at once) stays where the stored board has it: a conflict.
 *
 * Pure and total: any JSON in, JSON out, never throws.
 */

export interface BoardConflict {
  /** Where, as keys and item ids, e.g. ['clusters', 'g-1', 'name']. */
  path: string[];
  /** The field in words, e.g. 'the name of “Pricing”'. */
  field: string;
}

export interface BoardMergeResult {
  board: unknown;
  conflicts: BoardConflict[];
}

type Json = unknown;
type Obj = Record<string, Json>;
/** A step of the path: a key, or an item of a list (with a label people recognise). */
type Step = { key: string } | { id: string; label: string | null };

export function mergeBoard(base: Json, theirs: Json, mine: Json): BoardMergeResult {
  const conflicts: BoardConflict[] = [];
  const board = merge3(base, theirs, mine, [], conflicts);
  return { board, conflicts };
}

/** The sentence the losing console shows. */
export function conflictMessage(conflict: Pick<BoardConflict, 'field'>): string {
  return `Your change to ${conflict.field} was not kept: the other console changed it at the same time. Check and edit again.`;
}

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): Json => (Object.hasOwn(o, k) ? o[k] : undefined);

/** Same JSON data (key order does not matter; a missing key equals an undefined one). */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (!isObj(a) || !isObj(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!sameJson(own(a, k), own(b, k))) return false;
  return true;
}

function merge3(base: Json, theirs: Json, mine: Json, path: Step[], out: BoardConflict[]): Json {
  if (sameJson(mine, base)) return theirs;
  if (sameJson(theirs, base) || sameJson(theirs, mine)) return mine;
  if (isObj(theirs) && isObj(mine)) return mergeObjects(isObj(base) ? base : {}, theirs, mine, path, out);
  if (Array.isArray(theirs) && Array.isArray(mine)) {
    const b = Array.isArray(base) ? base : [];
    const key = identityOf([b, theirs, mine]);
    if (key) return mergeItems(key, b as Obj[], theirs as Obj[], mine as Obj[], path, out);
    if (isSet(b) && isSet(theirs) && isSet(mine)) return mergeSets(b, theirs, mine, path, out);
  }
  conflict(path, out);
  return theirs;
}

function mergeObjects(base: Obj, theirs: Obj, mine: Obj, path: Step[], out: BoardConflict[]): Obj {
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])];
  const entries: [string, Json][] = [];
  for (const k of keys) {
    const v = merge3(own(base, k), own(theirs, k), own(mine, k), [...path, { key: k }], out);
    if (v !== undefined) entries.push([k, v]);
  }
  return Object.fromEntries(entries); // defines own keys, even "__proto__"
}

/**
 * The key that names the items of these lists: `id`, `key` or a `…Id` (a KPI row's `kpiId`) that every item
 * of each list has as a string, each value once per list; null when there is none (the list merges whole).
 */
function identityOf(lists: Json[][]): string | null {
  const first = lists.flat()[0];
  if (!isObj(first)) return null;
  const candidates = ['id', 'key', ...Object.keys(first).filter((k) => /^[a-z]+Id$/.test(k))];
  return candidates.find((key) => lists.every((list) => namesUnique(list, key))) ?? null;
}

function namesUnique(list: Json[], key: string): boolean {
  const names = list.map((x) => (isObj(x) && typeof own(x, key) === 'string' ? (own(x, key) as string) : null));
  return !names.includes(null) && new Set(names).size === names.length;
}

type Plain = string | number | boolean | null;
const isPlain = (v: Json): v is Plain => v === null || ['string', 'number', 'boolean'].includes(typeof v);
/** A list of plain values, each once (card keys, note keys). */
function isSet(list: Json[]): list is Plain[] {
  return list.every(isPlain) && new Set(list).size === list.length;
}

function mergeItems(key: string, base: Obj[], theirs: Obj[], mine: Obj[], path: Step[], out: BoardConflict[]): Obj[] {
  const byId = (list: Obj[]) => new Map(list.map((x) => [own(x, key) as string, x]));
  const [b, t, m] = [byId(base), byId(theirs), byId(mine)];
  const merged = new Map<string, Obj>();
  for (const id of new Set([...t.keys(), ...m.keys(), ...b.keys()])) {
    const [bi, ti, mi] = [b.get(id), t.get(id), m.get(id)];
    const at = [...path, { id, label: labelOf(ti ?? mi ?? bi) }];
    if (bi && !ti) {
      // They removed it: gone, unless we changed it meanwhile (then it stays gone, and we say so).
      if (mi && !sameJson(mi, bi)) conflict(at, out);
      continue;
    }
    if (bi && !mi) {
      if (ti && !sameJson(ti, bi)) {
        conflict(at, out);
        merged.set(id, ti);
      }
      continue;
    }
    const v = merge3(bi, ti, mi, at, out);
    if (isObj(v)) merged.set(id, v);
  }
  keepSiblingsApart(merged, t, m, path, out);
  const order = orderOf([...b.keys()], [...t.keys()], [...m.keys()], new Set(merged.keys()), path, out);
  return order.map((id) => merged.get(id)!);
}

function mergeSets(base: Plain[], theirs: Plain[], mine: Plain[], path: Step[], out: BoardConflict[]): Plain[] {
  const [b, t, m] = [new Set(base), new Set(theirs), new Set(mine)];
  const keep = new Set<Plain>();
  for (const v of [...theirs, ...mine]) if ((t.has(v) && !(b.has(v) && !m.has(v))) || (m.has(v) && !b.has(v))) keep.add(v);
  return orderOf(base, theirs, mine, keep, path, out);
}

/**
 * The merged list's order: the stored order, or ours when only we reordered; values only one
 * side has go after the value they follow on that side. Both reordering differently is a conflict.
 */
function orderOf<T>(base: T[], theirs: T[], mine: T[], keep: Set<T>, path: Step[], out: BoardConflict[]): T[] {
  const sets = [new Set(base), new Set(theirs), new Set(mine)];
  const inAll = (v: T) => sets.every((s) => s.has(v));
  const common = (list: T[]) => list.filter(inAll);
  const same = (x: T[], y: T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  const [cb, ct, cm] = [common(base), common(theirs), common(mine)];
  const mineMoved = !same(cb, cm);
  const theirsMoved = !same(cb, ct);
  if (mineMoved && theirsMoved && !same(ct, cm)) conflict([...path, { key: '(order)' }], out);
  const [first, second] = mineMoved && !theirsMoved ? [mine, theirs] : [theirs, mine];
  const order = first.filter((v) => keep.has(v));
  for (const [i, v] of second.entries()) {
    if (!keep.has(v) || order.includes(v)) continue;
    const before = second
      .slice(0, i)
      .reverse()
      .find((p) => order.includes(p));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, v);
  }
  return order;
}

/** A plain value in two items' lists after the merge (and in neither side's board): it stays where the stored board has it. */
function keepSiblingsApart(merged: Map<string, Obj>, theirs: Map<string, Obj>, mine: Map<string, Obj>, path: Step[], out: BoardConflict[]) {
  const holders = (items: Map<string, Obj>, key: string) => {
    const at = new Map<Plain, string[]>();
    for (const [id, item] of items) {
      const list = own(item, key);
      if (Array.isArray(list) && isSet(list)) for (const v of list) at.set(v, [...(at.get(v) ?? []), id]);
    }
    return at;
  };
  const keys = new Set([...merged.values()].flatMap((item) => Object.keys(item).filter((k) => Array.isArray(item[k]))));
  for (const key of keys) {
    const [now, t, m] = [holders(merged, key), holders(theirs, key), holders(mine, key)];
    for (const [value, ids] of now) {
      if (ids.length < 2 || (t.get(value)?.length ?? 0) > 1 || (m.get(value)?.length ?? 0) > 1) continue;
      const stay = ids.find((id) => t.get(value)?.includes(id)) ?? ids[0]!;
      for (const id of ids) {
        if (id === stay) continue;
        const item = merged.get(id)!;
        merged.set(id, { ...item, [key]: (item[key] as Plain[]).filter((v) => v !== value) });
        conflict([...path, { id, label: labelOf(item) }, { key }], out);
      }
    }
  }
}

function labelOf(item: Json): string | null {
  if (!isObj(item)) return null;
  for (const k of ['name', 'title', 'text', 'label']) {
    const v = own(item, k);
    if (typeof v === 'string' && v.trim()) return v.trim().length > 40 ? `${v.trim().slice(0, 39)}…` : v.trim();
  }
  return null;
}

const WORDS: Record<string, string> = {
  cardKeys: 'cards',
  clusters: 'groups',
  onScreen: 'what the projector shows',
  '(order)': 'order',
};

/** camelCase key to words: 'patternId' → 'pattern id'. */
function words(key: string): string {
  return WORDS[key] ?? (key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() || 'board');
}

function conflict(path: Step[], out: BoardConflict[]) {
  const ids = path.map((s) => ('key' in s ? s.key : s.id));
  if (out.some((c) => c.path.join('\u0000') === ids.join('\u0000'))) return;
  out.push({ path: ids, field: describe(path) });
}

/** 'the name of “Pricing”', 'the definition', 'the order of the groups', '“Pricing”', 'one of the groups'. */
function describe(path: Step[]): string {
  const last = path.at(-1);
  if (!last) return 'the board';
  const where = path.slice(0, -1);
  const item = [...where].reverse().find((s): s is Extract<Step, { id: string }> => 'id' in s);
  const parent = [...where].reverse().find((s): s is Extract<Step, { key: string }> => 'key' in s);
  if ('id' in last) return last.label ? `“${last.label}”` : parent ? `one of the ${words(parent.key)}` : 'one item';
  const name = `the ${words(last.key)}`;
  const of = parent && last.key === '(order)' ? ` of the ${words(parent.key)}` : '';
  if (item) return `${name}${of} of ${item.label ? `“${item.label}”` : 'one of the ' + (parent ? words(parent.key) : 'items')}`;
  return `${name}${of}`;
}
