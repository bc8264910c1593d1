import { versionHistory } from '../versioned';

// How a stored pulse answer changed shape: not yet, so answers are at version 0 (as saved before versions).
// When its shape changes, append { version: 1, name, up } here (taking one stored answer's value); never edit a shipped step.
export const pulseAnswerHistory = versionHistory('pulse answer', []);
