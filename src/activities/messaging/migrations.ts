import { versionHistory } from '../versioned';

// How a stored messaging board changed shape: not yet, so boards are at version 0.
// When its shape changes, append { version: 1, name, up } here (see ../leadsort/migrations.ts); never edit a shipped step.
export const messagingBoardHistory = versionHistory('messaging board', []);

// How a stored messaging answer changed shape: not yet. Append steps here; never edit a shipped step.
export const messagingAnswerHistory = versionHistory('messaging answer', []);
