import { versionHistory } from '../versioned';

// How a stored brainstorm board changed shape: not yet, so boards are at version 0 (as saved before versions).
// When its shape changes, append { version: 1, name, up } here (see ../leadsort/migrations.ts); never edit a shipped step.

export const brainstormBoardHistory = versionHistory('brainstorm board', []);

// How a stored brainstorm answer changed shape: not yet, so answers are at version 0 (as saved before versions).
// When its shape changes, append { version: 1, name, up } here (taking one stored answer's value); never edit a shipped step.
export const brainstormAnswerHistory = versionHistory('brainstorm answer', []);
