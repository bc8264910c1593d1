import { versionHistory } from '../versioned';

// How a stored persona board changed shape: not yet, so boards are at version 0 (as saved before versions).
// When its shape changes, append { version: 1, name, up } here (see ../leadsort/migrations.ts); never edit a shipped step.

export const personaBoardHistory = versionHistory('persona board', []);

// How a stored persona answer changed shape: not yet, so answers are at version 0 (as saved before versions).
// When its shape changes, append { version: 1, name, up } here (taking one stored answer's value); never edit a shipped step.
export const personaAnswerHistory = versionHistory('persona answer', []);
