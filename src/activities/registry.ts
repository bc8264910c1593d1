import type { ActivityDefinition } from './types';
import { slide } from './slide/definition';
import { brainstorm } from './brainstorm/definition';
import { dotvote } from './dotvote/definition';
import { cardsort } from './cardsort/definition';
import { ranking } from './ranking/definition';
import { breakActivity } from './break/definition';
import { comp } from './comp/definition';
import { commitments } from './commitments/definition';
import { persona } from './persona/definition';
import { buyingmap } from './buyingmap/definition';
import { leadsort } from './leadsort/definition';
import { kpisort } from './kpisort/definition';
import { retro } from './retro/definition';

/** Every activity kind, in the order the library shows them. */
export const ACTIVITY_DEFINITIONS: readonly ActivityDefinition[] = [
  slide,
  brainstorm,
  dotvote,
  cardsort,
  ranking,
  leadsort,
  persona,
  buyingmap,
  kpisort,
  retro,
  comp,
  commitments,
  breakActivity,
] as ActivityDefinition[];

const byKind = new Map(ACTIVITY_DEFINITIONS.map((d) => [d.kind, d]));

export function findDefinition(kind: string): ActivityDefinition | undefined {
  return byKind.get(kind);
}

export const ACTIVITY_KINDS = ACTIVITY_DEFINITIONS.map((d) => d.kind);
