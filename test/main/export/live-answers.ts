import type { Core } from '../../../src/main/core';
import type { Activity } from '../../../src/shared/domain';
import { readPersonaBoard } from '../../../src/activities/persona/definition';
import { readRetroBoard } from '../../../src/activities/retro/definition';
import { boardOf, type LiveDay } from './live-day';

// One answer a phone might send, from two small numbers read against the
// activity's settings and board right now: usually one the engine takes,
// sometimes one it refuses (a taken-back answer, more dots than are left, a
// vote on a theme that left the ballot), and with `broken` one no phone
// sends (unknown keys and shapes).

interface Item {
  id: string;
}
const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];
const idOf = (list: readonly Item[] | undefined, i: number) => at(list ?? [], i)?.id ?? 'none';

const BROKEN: { itemKey: string; value: unknown }[] = [
  { itemKey: '__proto__', value: { text: 'x' } },
  { itemKey: 'constructor', value: { dots: 1 } },
  { itemKey: 'card-abcd', value: { text: 'x', extra: true } },
  { itemKey: 'v-n99999', value: { dots: 1 } },
  { itemKey: 'shadow', value: 'yes' },
  { itemKey: 'order', value: { order: ['a', 'a'] } },
];

export function answerFor(
  core: Core,
  day: LiveDay,
  activity: Activity,
  personId: string,
  pick: number,
  variant: number,
  broken: boolean,
): { itemKey: string; value: unknown } {
  if (broken) return BROKEN[pick % BROKEN.length]!;
  const config = activity.config as Record<string, unknown>;
  const own = personId.replace(/[^A-Za-z0-9]/g, '').slice(0, 6);
  const takeBack = variant % 11 === 0;
  const text = `Answer ${pick} ${variant}`;
  switch (activity.kind) {
    case 'brainstorm':
      return { itemKey: `card-${own}x${pick % 4}`, value: takeBack ? null : { text } };
    case 'persona': {
      if (pick % 2 === 0) {
        const sections = config.sections as Item[];
        return { itemKey: `note-${own}n${pick % 5}`, value: takeBack ? null : { section: idOf(sections, variant), text } };
      }
      // Mostly notes on the ballot now; sometimes one that left it or was never on it (themes likewise).
      const ballot = readPersonaBoard(boardOf(core, day, activity.id)).ballot;
      const id = pick % 7 === 1 ? `n${1 + (variant % 30)}` : idOf(ballot, variant);
      return { itemKey: `v-${id}`, value: takeBack ? null : { dots: 1 + (variant % 9) } };
    }
    case 'retro': {
      if (pick % 2 === 0) {
        const prompts = config.prompts as Item[];
        return { itemKey: `card-${own}x${pick % 4}`, value: takeBack ? null : { text, prompt: idOf(prompts, variant) } };
      }
      const themes = readRetroBoard(boardOf(core, day, activity.id)).clusters.filter((c) => c.cardKeys.length > 0);
      const id = pick % 7 === 1 ? `g-${variant % 6}` : idOf(themes, variant);
      return { itemKey: `vote-${id}`, value: takeBack ? null : { dots: 1 + (variant % 4) } };
    }
    case 'comp': {
      const scenario = at(config.scenarios as { id: string; options: Item[] }[], pick);
      return { itemKey: scenario?.id ?? 'none', value: takeBack ? null : { option: idOf(scenario?.options, variant) } };
    }
    case 'leadsort':
    case 'kpisort':
    case 'cardsort':
      return {
        itemKey: idOf(config.cards as Item[], pick),
        value: takeBack ? null : { column: idOf(config.columns as Item[], variant), ...(variant % 5 === 0 ? { note: text } : {}) },
      };
    case 'buyingmap': {
      const segment = at(config.segments as { id: string; stages: Item[] }[], pick);
      return {
        itemKey: `${segment?.id}.${idOf(segment?.stages, variant)}.${idOf(config.markers as Item[], pick + variant)}`,
        value: takeBack ? null : { placed: true },
      };
    }
    case 'commitments':
      return pick % 2 === 0
        ? { itemKey: 'shadow', value: takeBack ? null : { in: variant % 2 === 0 } }
        : { itemKey: 'pledge', value: takeBack ? null : { text } };
    default:
      return { itemKey: 'answer', value: { text } }; // slides and breaks take none: refused
  }
}
