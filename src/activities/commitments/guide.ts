import type { FacilitatorGuide } from '../types';

export const commitmentsGuide: FacilitatorGuide = {
  purpose: 'A good day fades by Wednesday unless it ends with names, dates and a meeting already in the calendar. This is where the day turns into habits.',
  howToRun: [
    'Ask everyone to answer on their phone: are they in for a day of job shadowing, and one thing they will do in the next 30 days.',
    'Press “Suggest pairs”: one person from Sales with one from Marketing, people who said yes first. Swap names until the room is happy, then set the dates.',
    'Read the two weekly reports aloud and agree who sends each and on which day. Keep them short enough to write in 15 minutes.',
    'Fix the joint meeting: every two or three weeks, a day, a time and the first date. Put it in calendars before people leave.',
    'Turn the strongest pledges into action items with an owner and a date. Fewer, real ones beat a long list.',
    'Reveal the list on the projector and read it out once.',
  ],
  timing: '15–25 minutes: 3 on phones, 5 for pairs, 5 for reports and the meeting, the rest for action items.',
  watchFor: [
    'Shadowing that never happens: a date within the next month, or it will not.',
    'Reports nobody reads. Ask the receiving side what they would actually use.',
    'Action items owned by “everyone” or by a team. Each needs one named person.',
    'Leaders volunteering others. Let people pick their own pledge.',
  ],
};
