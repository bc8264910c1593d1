import { versionHistory } from '../versioned';

// How a stored compensation board changed shape: not yet, so boards are at version 0 (as saved before versions).
// When its shape changes, append { version: 1, name, up } here (see ../leadsort/migrations.ts); never edit a shipped step.

export const compBoardHistory = versionHistory('compensation board', []);

// How a stored compensation answer changed shape: not yet, so answers are at version 0 (as saved before versions).
// When its shape changes, append { version: 1, name, up } here (taking one stored answer's value); never edit a shipped step.
export const compAnswerHistory = versionHistory('compensation answer', []);
