import type { FacilitatorGuide } from '../types';

export const dotVoteGuide: FacilitatorGuide = {
  purpose: 'Turn a long list into a short one quickly, and see whether Sales and Marketing would start in the same place.',
  howToRun: [
    'Read the options aloud so everyone means the same thing by each.',
    'Everyone spends their dots alone; no campaigning while voting.',
    'Reveal, then look at where the teams’ dots differ before you pick.',
  ],
  timing: '5–10 minutes.',
  watchFor: ['A vote nobody acts on: say before voting what the result will decide.', 'Near ties: talk them through instead of letting one dot decide.'],
};
