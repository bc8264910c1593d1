import { says } from '../shared/api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';

export const Prompt = z
  .string()
  .trim()
  .max(500, says(msg`Keep the prompt under 500 characters`));

/** A card or option people vote on, sort or rank. */
export const Item = z.object({
  id: z.string().min(1).max(64),
  text: z
    .string()
    .trim()
    .min(1, says(msg`An item needs some text`))
    .max(200, says(msg`Keep each item under 200 characters`)),
  description: z.string().trim().max(500).default(''),
});
export type Item = z.infer<typeof Item>;

export const ItemList = z
  .array(Item)
  .max(200, says(msg`At most 200 items`))
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, says(msg`Item ids must be unique`));

let counter = 0;
/** Item ids only need to be unique within one activity's config. */
export function itemId(prefix = 'i'): string {
  counter = (counter + 1) % 1_000_000;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export function items(texts: string[], prefix = 'i'): Item[] {
  return texts.map((text, n) => ({ id: `${prefix}${n + 1}`, text, description: '' }));
}
