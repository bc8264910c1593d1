import type { WorkshopFile } from '../../../src/main/export/json';

/**
 * A workshop file with what an import changes by design taken out (see the
 * top of src/main/export/json.ts): exportedAt, and the ids of the workshop,
 * participants, activities and action items, each replaced by its first-seen
 * order so two files compare field by field.
 */
export function normaliseWorkshopFile(text: string): unknown {
  const file = JSON.parse(text) as WorkshopFile;
  const ids = new Map<string, string>();
  const idOf = (id: string) => ids.get(id) ?? (ids.set(id, `#${ids.size}`), `#${ids.size - 1}`);
  idOf(file.workshop.id);
  file.participants.forEach((p) => idOf(p.id));
  file.activities.forEach((a) => idOf(a.id));
  file.actionItems.forEach((a) => idOf(a.id));
  let out = JSON.stringify({ ...file, exportedAt: '(time of export)' });
  for (const [id, key] of ids) out = out.split(id).join(key);
  return JSON.parse(out);
}

/** Paths where two values differ ("responses.12.value.column"), for a readable failure. */
export function differingFields(a: unknown, b: unknown, path = ''): string[] {
  if (Object.is(a, b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differingFields((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return [path || '(root)'];
}
