import { z } from 'zod';

// Which fields of a facilitator's board point at people. A workshop import
// gives every participant a new id, so these fields (and only these: a note
// that happens to read like an id stays as written) are pointed at the new
// ones. An engine declares such a field by building it with one of the two
// helpers below; the declaration lives in the board's own zod schema.

export type BoardRef = 'participant' | 'answer';
export const boardRefs = z.registry<{ ref: BoardRef }>();

/** A field holding a participant's id (e.g. a person in a shadowing pair). */
export function participantRef<T extends z.ZodString>(schema: T): T {
  boardRefs.add(schema, { ref: 'participant' });
  return schema;
}

/** A field holding "participantId/itemKey": one person's answer, e.g. a card on the brainstorm board. */
export function answerRef<T extends z.ZodString>(schema: T): T {
  boardRefs.add(schema, { ref: 'answer' });
  return schema;
}

interface LooseDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: LooseDef } })._zod.def;

/**
 * Walk a board that already passed `schema` and rewrite the declared id
 * fields with `newId` (old id → new id, or undefined to keep it as it is).
 */
export function remapBoardRefs(schema: z.ZodType, value: unknown, newId: (old: string) => string | undefined): unknown {
  const ref = boardRefs.get(schema)?.ref;
  if (ref && typeof value === 'string') {
    if (ref === 'participant') return newId(value) ?? value;
    const slash = value.indexOf('/');
    const head = slash > 0 ? newId(value.slice(0, slash)) : undefined;
    return head ? head + value.slice(slash) : value;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, field] of Object.entries(def.shape ?? {})) if (key in out) out[key] = remapBoardRefs(field, out[key], newId);
      return out;
    }
    case 'array':
      return Array.isArray(value) ? value.map((v) => remapBoardRefs(def.element!, v, newId)) : value;
    case 'tuple':
      return Array.isArray(value) ? value.map((v, i) => (def.items?.[i] ? remapBoardRefs(def.items[i], v, newId) : v)) : value;
    case 'record':
      return value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapBoardRefs(def.valueType!, v, newId)]))
        : value;
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return value === null || value === undefined ? value : remapBoardRefs(def.innerType!, value, newId);
    case 'pipe':
      return remapBoardRefs(def.in!, value, newId);
    case 'lazy':
      return remapBoardRefs(def.getter!(), value, newId);
    case 'union': {
      const option = def.options?.find((o) => o.safeParse(value).success);
      return option ? remapBoardRefs(option, value, newId) : value;
    }
    default:
      return value;
  }
}
