import type { FacilitatorGuide } from '../types';

export const brainstormGuide: FacilitatorGuide = {
  purpose: 'Get every voice into the room, including the quiet ones, before anyone argues for a favourite.',
  howToRun: [
    'Read the question aloud and give a concrete example answer.',
    'Everyone writes alone, one idea per card, for a few minutes.',
    'Group the cards into themes on the board while they write; name the themes in the room’s words.',
    'Reveal and read the themes back. Ask what surprised people.',
  ],
  timing: '10–20 minutes: 5 to write, the rest to group and talk.',
  watchFor: [
    'Cards that are really two ideas: split them.',
    'One loud theme hiding a small but important one.',
    'Team marks on tiny groups: they hide themselves below the anonymity threshold.',
  ],
};
