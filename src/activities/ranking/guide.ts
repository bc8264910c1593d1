import type { FacilitatorGuide } from '../types';

export const rankingGuide: FacilitatorGuide = {
  purpose: 'Force a choice about what comes first, and compare the order Sales and Marketing would choose.',
  howToRun: [
    'Say what the ranking is for, e.g. “what we start measuring first”.',
    'Everyone puts the options in order alone.',
    'Reveal the room’s order, then the teams’ orders side by side.',
  ],
  timing: '10 minutes.',
  watchFor: ['A ranking treated as final: it is the start of a conversation.', 'Options that overlap: merge them before the vote, not after.'],
};
