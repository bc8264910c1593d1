import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call, dumpRows, testCore } from '../../helpers/core';
import { ALIGNMENT_DAY_ID, JOINT_MEETING_ID, KICKOFF_ID } from '../../../src/main/services/builtin-templates';
import { TEMPLATE_FORMAT } from '../../../src/shared/templates';
import { genericWorkshopAt } from '../../helpers/generic-workshop';

describe('templates', () => {
  it('lists the built-ins: a 90-minute kickoff and a day of about six hours with breaks and lunch', () => {
    const core = testCore();
    const list = call(core, 'template:list', {});
    const kickoff = list.find((t) => t.id === KICKOFF_ID)!;
    const day = list.find((t) => t.id === ALIGNMENT_DAY_ID)!;
    expect(kickoff).toMatchObject({ name: 'Alignment kickoff', builtIn: true, minutes: 90 });
    expect(day).toMatchObject({ name: 'Sales & Marketing alignment day', builtIn: true, minutes: 360 });
    const w = call(core, 'template:createWorkshop', { templateId: ALIGNMENT_DAY_ID });
    const detail = call(core, 'workshop:get', { id: w.id });
    expect(detail.activities.filter((a) => a.kind === 'break').map((a) => a.title)).toContain('Lunch');
    expect(detail.activities.map((a) => a.kind)).toContain('leadsort');
    expect(detail.participants).toEqual([]);
    // Every exercise in the day is a registered kind (no placeholder slides), in a sensible order.
    expect(detail.activities.filter((a) => a.title.startsWith('[Placeholder]'))).toEqual([]);
    expect(detail.activities.map((a) => a.kind)).toEqual([
      'slide',
      'brainstorm',
      'persona',
      'break',
      'comp',
      'leadsort',
      'break',
      'buyingmap',
      'kpisort',
      'break',
      'retro',
      'commitments',
      'slide',
    ]);
    const kick = call(core, 'workshop:get', { id: call(core, 'template:createWorkshop', { templateId: KICKOFF_ID }).id });
    expect(kick.activities.map((a) => a.kind)).toEqual(['slide', 'brainstorm', 'leadsort', 'break', 'kpisort', 'commitments', 'slide']);
    core.close();
  });

  it('lists the 40-minute joint meeting: review, pulse, one topic and new commitments, with no placeholder', () => {
    const core = testCore();
    expect(call(core, 'template:list', {}).find((t) => t.id === JOINT_MEETING_ID)).toMatchObject({ name: 'Joint meeting', builtIn: true, minutes: 40 });
    const w = call(core, 'template:createWorkshop', { templateId: JOINT_MEETING_ID });
    const detail = call(core, 'workshop:get', { id: w.id });
    expect(detail.activities.map((a) => a.kind)).toEqual(['slide', 'review', 'pulse', 'leadsort', 'commitments', 'slide']);
    expect(detail.activities.filter((a) => a.title.startsWith('[Placeholder]'))).toEqual([]);
    const pledge = detail.activities.find((a) => a.kind === 'commitments')!.config as { pledgePrompt: string };
    expect(pledge.pledgePrompt).toBe('One thing I will do before our next joint meeting');
    core.close();
  });

  it('saves a workshop as a template (agenda, settings, notes; no answers, no roster) and starts a new workshop from it', () => {
    const core = testCore();
    // An answer in the source must not travel.
    const { w: sample, detail, activity: sort } = genericWorkshopAt(core, 'cardsort');
    call(core, 'response:submit', {
      activityId: sort.id,
      participantId: detail.participants[0]!.id,
      itemKey: (sort.config as { cards: { id: string }[] }).cards[0]!.id,
      value: { column: (sort.config as { columns: { id: string }[] }).columns[0]!.id },
    });
    call(core, 'activity:update', { id: sort.id, patch: { notes: 'Ask about budget' } });

    const saved = call(core, 'template:saveFromWorkshop', { workshopId: sample.id, name: 'Our Q3 kickoff', description: 'As run in Lisbon' });
    expect(saved).toMatchObject({ name: 'Our Q3 kickoff', builtIn: false, activityCount: detail.activities.length, minutes: 90 });
    expect(call(core, 'template:list', {}).map((t) => t.name)).toContain('Our Q3 kickoff');

    const fresh = call(core, 'template:createWorkshop', { templateId: saved.id, title: 'Q4 kickoff' });
    const copy = call(core, 'workshop:get', { id: fresh.id });
    expect(copy.workshop).toMatchObject({ title: 'Q4 kickoff', status: 'draft', goal: detail.workshop.goal });
    expect(copy.participants).toEqual([]);
    expect(copy.activities.map((a) => [a.kind, a.title, a.minutes, a.config])).toEqual(detail.activities.map((a) => [a.kind, a.title, a.minutes, a.config]));
    expect(copy.activities.find((a) => a.kind === 'cardsort')!.notes).toBe('Ask about budget');
    const results = call(core, 'activity:results', { activityId: copy.activities.find((a) => a.kind === 'cardsort')!.id });
    expect(results.respondents).toEqual([]);
    core.close();
  });

  it('exports a template to a file and imports it back as the same agenda', () => {
    const core = testCore();
    const file = call(core, 'template:export', { id: KICKOFF_ID });
    expect(file.fileName).toBe('alignment-kickoff.cgtemplate.json');
    const parsed = JSON.parse(file.json) as { format: string; version: number; template: { activities: unknown[] } };
    expect(parsed).toMatchObject({ format: TEMPLATE_FORMAT, version: 1 });
    const imported = call(core, 'template:import', { json: file.json });
    expect(imported).toMatchObject({ name: 'Alignment kickoff', builtIn: false, minutes: 90 });
    const again = call(core, 'template:export', { id: imported.id });
    expect((JSON.parse(again.json) as { template: unknown }).template).toEqual(parsed.template);
    call(core, 'template:remove', { id: imported.id });
    expect(call(core, 'template:list', {}).some((t) => t.id === imported.id)).toBe(false);
    expect(core.dispatch('template:remove', { id: KICKOFF_ID })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    core.close();
  });

  it('refuses a bad file with a clear error and changes nothing', () => {
    const core = testCore();
    const good = JSON.parse(call(core, 'template:export', { id: KICKOFF_ID }).json) as Record<string, unknown> & {
      template: { activities: Record<string, unknown>[] };
    };
    const variant = (f: (t: typeof good) => void) => {
      const copy = structuredClone(good);
      f(copy);
      return JSON.stringify(copy);
    };
    const before = dumpRows(core);
    const cases: [string, RegExp][] = [
      ['{"format": "common-ground-template", "version": 1, "templ', /not valid JSON/],
      ['[]', /not a Common Ground template/],
      [JSON.stringify({ hello: 'world' }), /not a Common Ground template/],
      [variant((t) => (t.version = 2)), /newer version of Common Ground/],
      [variant((t) => (t.version = 'one' as unknown as number)), /no valid version/],
      [variant((t) => (t.template.activities[0]!.minutes = 'ten')), /damaged/],
      [variant((t) => (t.template.activities = [])), /at least one activity/],
      [variant((t) => (t.template.activities[1]!.kind = 'hypnosis')), /Activity 2 .* does not know \(“hypnosis”\)/],
      [variant((t) => (t.template.activities[2]!.configVersion = 99)), /Activity 3 .* newer version/],
      [variant((t) => (t.template.activities[2]!.config = { cards: 'all of them' })), /Activity 3 .* settings are not valid/],
      [variant((t) => ((t.template as Record<string, unknown>).roster = [{ name: 'Dana' }])), /damaged/],
      ['x'.repeat(600_000), /too big/],
    ];
    for (const [json, message] of cases) {
      const r = core.dispatch('template:import', { json });
      expect(r.ok, json.slice(0, 80)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message).toMatch(message);
      }
    }
    expect(dumpRows(core)).toBe(before);
    core.close();
  });

  it('never stores anything from arbitrary input (property)', () => {
    const core = testCore();
    const before = dumpRows(core);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: TEMPLATE_FORMAT, version: 1, template: v })),
        ),
        (json) => {
          const r = core.dispatch('template:import', { json });
          return !r.ok && r.error.code === 'VALIDATION';
        },
      ),
      { numRuns: 300 },
    );
    expect(dumpRows(core)).toBe(before);
    core.close();
  });
});
