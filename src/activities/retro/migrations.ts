import { versionHistory } from '../versioned';

// How a stored retrospective board changed shape. Append steps; never edit a shipped one.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const retroBoardHistory = versionHistory('retrospective board', [
  {
    version: 1,
    // A retro board is a brainstorm board plus the vote; one saved without the flag has the vote closed.
    name: 'voting-default',
    up: (old) => (isObject(old) && old.voting === undefined ? { ...old, voting: false } : old),
  },
]);
