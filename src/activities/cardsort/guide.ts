import type { FacilitatorGuide } from '../types';

export const cardSortGuide: FacilitatorGuide = {
  purpose: 'See how each person files the same things, and where the two teams file them differently: that difference is the finding.',
  howToRun: [
    'Explain the columns with one example card.',
    'Everyone sorts alone, without talking.',
    'Reveal and start with the cards where the teams split most.',
  ],
  timing: '15–25 minutes: 5–8 to sort, the rest to discuss the splits.',
  watchFor: [
    'Arguing about wording instead of meaning: agree what a card means, then re-sort if needed.',
    'Skipping the cards everyone agreed on: they are worth writing down too.',
  ],
};
