import { cardKey } from '../../shared/trends';
import { exampleSignalId } from './signals';

/**
 * How the trends match a lead card across the workshops of a series: a built-in example signal by its id in any
 * language ('example:sig3'), so a series that changes language still compares it; a card the facilitator wrote by
 * its text (trimmed, spaces collapsed, case aside).
 */
export function leadCardKey(text: string): string {
  const id = exampleSignalId(text);
  return id ? `example:${id}` : cardKey(text);
}
