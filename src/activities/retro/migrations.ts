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

// How a stored retrospective answer changed shape: not yet, so answers are at version 0 (as saved before versions).
// When its shape changes, append { version: 1, name, up } here (taking one stored answer's value); never edit a shipped step.
export const retroAnswerHistory = versionHistory('retrospective answer', []);
