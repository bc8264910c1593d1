import type { FacilitatorGuide } from '../types';

export const retroGuide: FacilitatorGuide = {
  purpose:
    'Trust between Sales and Marketing is lost in specific moments and won back slowly, in small steps. Naming those moments without blame, then choosing one small step together, starts that.',
  howToRun: [
    'Say it plainly: cards are anonymous, and we talk about what happened, not who did it.',
    'Everyone writes cards for the three questions; one thought per card.',
    'Group the cards into themes on the board while people write. Name each theme in the room’s own words.',
    'Open the vote: everyone spends their dots on the themes to work on first. Reveal and agree one or two small steps, each with an owner.',
  ],
  timing: 'About 30 minutes: 8 to write, 7 to group, 5 to vote, 10 to agree the first steps.',
  watchFor: [
    'Blame of one person: steer back to what happened and what we would change.',
    'Only old stories: ask for one thing that helped recently, however small.',
    'Big promises: the point is one step small enough to take next month; move larger ideas to the commitments.',
    'Small teams: with fewer people than the anonymity threshold, team marks stay hidden; do not guess out loud who wrote what.',
  ],
};
