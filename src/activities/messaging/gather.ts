import { readPersonaBoard, type PersonaConfig } from '../persona/definition';
import type { PersonaTally } from '../persona/logic';
import { onePager } from '../persona/board';
import { readBuyingMapBoard, type BuyingMapConfig } from '../buyingmap/definition';
import { parseKey, worstPoints, type BuyingMapTally } from '../buyingmap/logic';
import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { inSentence } from '../in-sentence';
import type { Seed } from './seeds';

// What an earlier workshop gives a messaging brainstorm to start from. Only what the room settled on:
// a persona's notes the room agreed on or voted for (never every raw note), and a buying map's friction
// points the room chose to fix first or marked most. Pure: the core reads the boards and tallies.

/** Persona sections that describe the person, not a pain (in the default persona): left out of the seeds. */
const NOT_PAINS = new Set(['goals', 'learn', 'day']);
/** Friction points per buying map: the ones the room chose to fix, then the most marked, up to this many. */
export const FRICTION_PER_MAP = 5;

type Found = Omit<Seed, 'id' | 'from'>;

/** Per section, the notes the room agreed on, then the most voted, up to the persona's own "notes per section on the one-pager". */
export function personaPains(config: PersonaConfig, board: unknown, overall: PersonaTally | null): Found[] {
  const b = readPersonaBoard(board);
  if (b.ballot.length === 0) return [];
  return onePager(config, b, overall, [])
    .filter((section) => !NOT_PAINS.has(section.id))
    .flatMap((section) => section.lines.filter((l) => l.agreed || l.dots > 0).map((l) => ({ text: l.text, source: 'persona' as const, about: section.title })));
}

/**
 * "Evaluating: deals stall here" about "Mid-market · marked by 2 people", the room's chosen ones first, then the most
 * marked. The words around the room's own (`i18n`) are the receiving workshop's language, where the seeds are shown.
 */
export function frictionPoints(config: BuyingMapConfig, board: unknown, overall: BuyingMapTally | null, i18n: I18n): Found[] {
  const b = readBuyingMapBoard(board);
  const describe = (key: string) => {
    const at = parseKey(config, key);
    if (!at) return null;
    const segment = config.segments.find((s) => s.id === at.segment)!;
    const stage = segment.stages.find((s) => s.id === at.stage)!;
    const marker = config.markers.find((m) => m.id === at.marker)!;
    return { text: `${stage.name}: ${inSentence(i18n.locale, marker.text)}`, segment: segment.name };
  };
  const chosen = b.focus.flatMap((f) => {
    const d = describe(f.key);
    if (!d) return [];
    const segment = d.segment;
    return [{ key: f.key, text: f.note ? `${d.text} (${f.note})` : d.text, about: i18n._(msg`${segment} · the room chose to fix this`) }];
  });
  const marked = worstPoints(config, overall, FRICTION_PER_MAP)
    .filter((p) => !chosen.some((c) => c.key === p.key))
    .flatMap((p) => {
      const d = describe(p.key);
      if (!d) return [];
      const segment = d.segment;
      const count = p.count;
      return [{ key: p.key, text: d.text, about: i18n._(msg`${segment} · marked by ${plural(count, { one: '# person', other: '# people' })}`) }];
    });
  return [...chosen, ...marked].slice(0, FRICTION_PER_MAP).map(({ text, about }) => ({ text: text.slice(0, 200), source: 'buyingmap' as const, about }));
}
