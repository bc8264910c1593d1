import type { Workshop } from '../../shared/domain';
import { insertParticipant } from '../db/queries/participants';
import { newId } from '../db/ids';
import { kickoffTemplate } from './builtin-templates';
import type { HandlerContext } from './context';
import { workshopFromTemplate } from './templates';
import { brandDefaultFields } from './branding';

// "Sample: Sales & Marketing alignment kickoff": the built-in 90-minute
// "Alignment kickoff" template, dated next week, with a roster of ten (five
// from each team), so a newcomer can press Start and see the real thing.

export const SAMPLE_ROSTER = [
  { name: 'Dana Whitfield', team: 'sales', role: 'Account Executive' },
  { name: 'Marcus Oyelaran', team: 'sales', role: 'Account Executive' },
  { name: 'Priya Raman', team: 'sales', role: 'SDR team lead' },
  { name: 'Tomás Ferreira', team: 'sales', role: 'Sales Manager' },
  { name: 'Jess Kowalczyk', team: 'sales', role: 'SDR' },
  { name: 'Hannah Brooks', team: 'marketing', role: 'Demand generation' },
  { name: 'Leo Martinsson', team: 'marketing', role: 'Product marketing' },
  { name: 'Aisha Bello', team: 'marketing', role: 'Content lead' },
  { name: 'Ravi Menon', team: 'marketing', role: 'Marketing operations' },
  { name: 'Sofia Lindqvist', team: 'marketing', role: 'Head of Marketing' },
] as const;

export function createSampleWorkshop(ctx: HandlerContext): Workshop {
  const nextWeek = new Date(Date.parse(ctx.now) + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const workshop = workshopFromTemplate(ctx, kickoffTemplate(), {
    ...brandDefaultFields(ctx),
    title: 'Sample: Sales & Marketing alignment kickoff',
    date: nextWeek,
    startTime: '09:00',
    plannedEnd: '10:30',
    location: 'Boardroom, 3rd floor',
    facilitator: '',
  });
  SAMPLE_ROSTER.forEach((person, position) => insertParticipant(ctx.db, { ...person, id: newId(), workshopId: workshop.id, position }, ctx.now));
  return workshop;
}
