import { versionHistory } from '../versioned';

// How a stored review board changed shape: not yet, so boards are at version 0.
// When its shape changes, append { version: 1, name, up } here (see ../leadsort/migrations.ts); never edit a shipped step.
export const reviewBoardHistory = versionHistory('commitments review board', []);
