import type { z } from 'zod';

// One step of a walk over a value that already passed a zod schema, for the
// two places that rewrite some fields of a board, a config or an answer and
// keep the rest: board id remapping on import (board-ids.ts) and replacing
// names when a workshop is anonymised (main/services/anonymise-text.ts).

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

/** The zod type name of a schema ('object', 'string', 'optional', ...). */
export const schemaType = (schema: z.ZodType): string => defOf(schema).type;
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: LooseDef } })._zod.def;

/** The fields of an object schema (empty for any other schema). */
export const schemaShape = (schema: z.ZodType): Record<string, z.ZodType> => defOf(schema).shape ?? {};

/**
 * Rebuild `value` one level down `schema`: the fields of an object, the items
 * of an array or tuple and the values of a record each go through `recurse`
 * with their own schema; wrappers (optional, nullable, default, readonly,
 * catch, pipe, lazy) are looked through, null and undefined kept as they are;
 * a union goes on with the first option the value passes. Anything else (a
 * string, a number, an enum, unknown ...) is handed to `leaf` with its type
 * name, and so is a union no option takes, as 'unknown'. A value that is not
 * the shape its schema says is returned as it is.
 */
export function mapSchemaParts(
  schema: z.ZodType,
  value: unknown,
  recurse: (schema: z.ZodType, value: unknown) => unknown,
  leaf: (type: string, value: unknown) => unknown,
): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, field] of Object.entries(def.shape ?? {})) if (key in out) out[key] = recurse(field, out[key]);
      return out;
    }
    case 'array':
      return Array.isArray(value) ? value.map((v) => recurse(def.element!, v)) : value;
    case 'tuple':
      return Array.isArray(value) ? value.map((v, i) => (def.items?.[i] ? recurse(def.items[i], v) : v)) : value;
    case 'record':
      return value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, recurse(def.valueType!, v)]))
        : value;
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return value === null || value === undefined ? value : recurse(def.innerType!, value);
    case 'pipe':
      return recurse(def.in!, value);
    case 'lazy':
      return recurse(def.getter!(), value);
    case 'union': {
      const option = def.options?.find((o) => o.safeParse(value).success);
      return option ? recurse(option, value) : leaf('unknown', value);
    }
    default:
      return leaf(def.type, value);
  }
}
