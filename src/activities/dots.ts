import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { says } from '../shared/api/say';

/** How many dots one vote puts on one item: a whole number from 1 to `max`, refused in the caller's language. */
export function dotCount(max: number) {
  const words = says(msg`Use a whole number of dots, from 1 to ${max}.`);
  return z.number().int(words).min(1, words).max(max, words);
}
