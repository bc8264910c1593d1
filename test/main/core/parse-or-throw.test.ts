import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/shared/api/result';
import { parseOrThrow } from '../../../src/shared/api/validate';

const Person = z.object({ name: z.string().min(1, 'Type a name'), age: z.number().int() }).strict();

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('parseOrThrow', () => {
  it('returns the parsed value', () => {
    expect(parseOrThrow(Person, { name: 'Ada', age: 36 })).toEqual({ name: 'Ada', age: 36 });
  });

  it('throws a VALIDATION error a person can read, with the fields', () => {
    const error = thrown(() => parseOrThrow(Person, { name: '' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('name: Type a name (and 1 more problem).');
    expect(error.issues).toEqual([
      { path: 'name', message: 'Type a name' },
      { path: 'age', message: 'This is required' },
    ]);
  });

  it('puts the sentence in the caller’s words', () => {
    const error = thrown(() => parseOrThrow(Person, { name: 'Ada', age: 'old' }, (why) => `That file is damaged: ${why} Nothing was imported.`));
    expect(error.message).toBe('That file is damaged: age: Expected a number, got text. Nothing was imported.');
    expect(error.issues).toEqual([{ path: 'age', message: 'Expected a number, got text' }]);
  });
});
