import { versionHistory } from '../versioned';

// How a stored lead-sort board changed shape. Append steps; never edit a shipped one.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const leadsortBoardHistory = versionHistory('lead-sort board', [
  {
    version: 1,
    // The first boards held only the draft definition; the projector then always showed the results.
    name: 'on-screen-default',
    up: (old) => (isObject(old) && old.onScreen === undefined ? { ...old, onScreen: 'results' } : old),
  },
]);
