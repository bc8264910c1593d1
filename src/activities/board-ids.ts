import { z } from 'zod';
import { mapSchemaParts } from './schema-walk';

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
  return mapSchemaParts(
    schema,
    value,
    (part, v) => remapBoardRefs(part, v, newId),
    (_type, v) => v,
  );
}
