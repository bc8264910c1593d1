import type { FacilitatorGuide } from '../types';

export const breakGuide: FacilitatorGuide = {
  purpose: 'Rest, and the hallway conversations where a lot of real alignment happens.',
  howToRun: ['Say the time you start again, and start on time.', 'Nudge people to sit with someone from the other team afterwards.'],
  timing: '10–15 minutes; 45–60 for lunch.',
  watchFor: ['Breaks that shrink when you run late: shorten an exercise instead.'],
};
