import type { FacilitatorGuide } from '../types';

export const reviewGuide: FacilitatorGuide = {
  purpose: 'Promises made at the last workshop only count if someone asks about them. This is where the room looks back, honestly, before making new ones.',
  howToRun: [
    'The open commitments from earlier workshops of the series come in by themselves: action items, job-shadowing pairs, weekly reports and the joint meeting.',
    'Go through them one by one. Ask the owner, not the room: done, partly, not done, or dropped?',
    'Write a short reason for anything not done: what got in the way is often the real topic of the day.',
    'Change the owner or the due date where the room agrees to. Drop what no longer matters, out loud.',
    'Show the list on the projector and read the headline: “7 of 11 done since 3 March”. Partly and not done come back next time.',
  ],
  timing: '10–20 minutes: about a minute per commitment.',
  watchFor: [
    'Blame. Ask what got in the way, not who failed.',
    'Everything “partly”. Ask what done would look like, and by when.',
    'The same item carried three times. Drop it, or give it a new owner and a date.',
    'A workshop not in a series has nothing to review: put it in the series first.',
  ],
};
