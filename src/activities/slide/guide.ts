import type { FacilitatorGuide } from '../types';

export const slideGuide: FacilitatorGuide = {
  purpose: 'Set the scene or explain one idea, so everyone starts the next exercise knowing why it matters.',
  howToRun: ['Say the one sentence that matters first; the points on screen are reminders, not a script.', 'Invite one question, then move on.'],
  timing: '3–10 minutes. Longer than that and people stop listening.',
  watchFor: ['Reading the slide aloud word for word.', 'A talk turning into a debate: park it for the exercise it belongs to.'],
};
