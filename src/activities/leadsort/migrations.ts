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

// How a stored lead-sort answer changed shape: not yet, so answers are at version 0 (as saved before versions).
// When its shape changes, append { version: 1, name, up } here (taking one stored answer's value); never edit a shipped step.
export const leadsortAnswerHistory = versionHistory('lead-sort answer', []);
