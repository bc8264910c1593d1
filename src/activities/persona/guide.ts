import type { FacilitatorGuide } from '../types';

export const personaGuide: FacilitatorGuide = {
  purpose:
    'Marketing would never plan a campaign without a buyer persona, yet rarely writes one for its closest internal customer. Writing it together, and seeing whose picture it is, is the first step to helping sales instead of lecturing it.',
  howToRun: [
    'Explain the canvas: eight sections, one short note per idea. Everyone writes, Sales about themselves and Marketing about Sales.',
    'Give 8–10 minutes for notes. Walk the console board: leave out duplicates and jokes before the vote.',
    'Open the vote. Everyone spends their dots on the notes that describe sales best.',
    'Reveal the results: each note shows Sales’ dots and Marketing’s side by side. Start with the sections where the two teams’ favourite notes differ.',
    'Mark the notes the room agrees on. They become the one-page persona in the report.',
  ],
  timing: '30–40 minutes: 10 to write, 5 to vote, 15–20 to talk through the differences and agree.',
  watchFor: [
    'Marketing writing caricatures (“only care about money”). Ask: what in the pay plan makes that rational?',
    'Sales staying quiet in the distrust section. Keep it anonymous on the screen and name past events, not people.',
    'Too many notes in one section. Leave out duplicates before the vote so the dots are not split.',
    'Agreeing too fast. A persona both teams sign off on should still surprise marketing somewhere.',
  ],
};
