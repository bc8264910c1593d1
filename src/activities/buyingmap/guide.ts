import type { FacilitatorGuide } from '../types';

export const buyingMapGuide: FacilitatorGuide = {
  purpose:
    'Marketing sees segments and campaigns, sales sees accounts and calls. Laying the buyer’s journey out once, with who owns each step, shows where the hand-off really happens and where buyers fall through the gap.',
  howToRun: [
    'Before the day, fill in the stages for one or two segments with someone from each team. Keep the words the buyer would use.',
    'Walk the map on the projector left to right: what the buyer wants at each stage, who owns it, where the hand-off is.',
    'Ask everyone to drop their markers on their phones: where deals stall, where we lose buyers, where we have no content.',
    'Reveal the heat per team. Start with the stage where Sales and Marketing marked most differently.',
    'Pick two or three friction points to fix and write them on the board; they go into the report.',
  ],
  timing: '25–35 minutes: 5 to walk the map, 5 to place markers, 15–25 to discuss and pick what to fix.',
  watchFor: [
    'A debate about the stage names. Fix the words later; the friction matters more.',
    'A hand-off nobody can place. That is a finding in itself: write it down.',
    '“No content here” at late stages: sales often builds its own, and marketing never sees it.',
    'Every marker on one stage. Ask people to spread them: where is the second-worst place?',
  ],
};
