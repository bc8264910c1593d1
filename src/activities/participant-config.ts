// What a participant's screen gets of an activity's settings is an allow-list:
// a field added to a config later stays on the facilitator's side until an
// engine says its participant view needs it.

/** A copy of `value` with only these fields. */
export function pickFields<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (Object.hasOwn(value, key)) out[key] = value[key];
  return out;
}
