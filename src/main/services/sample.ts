import type { Workshop } from '../../shared/domain';
import { insertParticipant } from '../db/queries/participants';
import { newId } from '../db/ids';
import { kickoffTemplate } from './builtin-templates';
import type { HandlerContext } from './context';
import { workshopFromTemplate } from './templates';
import { brandDefaultFields } from './branding';
import type { Locale } from '../../shared/locale';
import { TEMPLATE_WORDS } from './template-words';

// "Sample: Sales & Marketing alignment kickoff": the built-in 90-minute
// "Alignment kickoff" template, dated next week, with a roster of ten (five
// from each team), so a newcomer can press Start and see the real thing.
// In another language the words, roles and example content are in it; the
// people keep their names.

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

export function createSampleWorkshop(ctx: HandlerContext, language: Locale = 'en'): Workshop {
  const nextWeek = new Date(Date.parse(ctx.now) + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const words = TEMPLATE_WORDS[language].sample;
  const workshop = workshopFromTemplate(ctx, kickoffTemplate(language), {
    ...brandDefaultFields(ctx),
    title: words.title,
    date: nextWeek,
    startTime: '09:00',
    plannedEnd: '10:30',
    location: words.location,
    facilitator: '',
    language,
  });
  SAMPLE_ROSTER.forEach((person, position) =>
    insertParticipant(ctx.db, { ...person, role: words.roles[position] ?? person.role, id: newId(), workshopId: workshop.id, position }, ctx.now),
  );
  return workshop;
}
