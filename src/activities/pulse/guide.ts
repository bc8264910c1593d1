import type { FacilitatorGuide } from '../types';

export const pulseGuide: FacilitatorGuide = {
  purpose:
    'Take the temperature of the Sales–Marketing relationship in two minutes: where both teams agree, and where they see the same thing very differently.',
  howToRun: [
    'Say it is anonymous by design: nobody, not even you, sees who gave which rating.',
    'Everyone rates each statement from 1 (strongly disagree) to 5 (strongly agree) on their phone; no discussion while rating.',
    'Reveal, start with the largest gap, and ask each team what they see that the other does not.',
  ],
  timing: '2 minutes to answer, 5–10 to talk through the largest gaps.',
  watchFor: [
    'Low scores from both teams are a shared problem, not a fight: name them as such.',
    'A small team: its split stays hidden below the anonymity threshold; do not guess aloud who said what.',
    'Run the same set again later: the set is versioned, so only compare runs of the same version.',
  ],
};
