import { describe, expect, it } from 'vitest';
import { call, testCore } from '../../helpers/core';
import { genericWorkshop } from '../../helpers/generic-workshop';
import { exportWorkshop } from '../../../src/main/export/json';

// The core's own messages (#19) come back in the caller's interface language: a service's refusal,
// a zod message from an activity's settings schema and from the operation's contract, and a
// storage failure. Without a locale they stay English, as every other test expects.

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

function brainstormIn(core: ReturnType<typeof testCore>) {
  const w = call(core, 'workshop:create', { title: 'Kickoff' });
  return call(core, 'activity:add', { workshopId: w.id, kind: 'brainstorm' });
}

describe('the core speaks the caller’s language', () => {
  it('a service’s refusal: not found and conflict', () => {
    const core = testCore();
    expect(core.dispatch('workshop:get', { id: UNKNOWN }, 'de')).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'Dieser Workshop wurde nicht gefunden. Vielleicht wurde er in einem anderen Fenster gelöscht; laden Sie die Liste neu.',
      },
    });
    const w = call(core, 'workshop:create', { title: 'Kickoff' });
    call(core, 'participant:addMany', { workshopId: w.id, people: [{ name: 'Dana', team: 'sales' }] });
    const clash = core.dispatch('participant:addMany', { workshopId: w.id, people: [{ name: 'Dana', team: 'marketing' }] }, 'fr');
    expect(clash).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Dana est déjà dans la liste. Utilisez un autre nom, par exemple avec une initiale.' },
    });
    expect(core.dispatch('workshop:get', { id: UNKNOWN })).toMatchObject({
      error: { message: 'That workshop was not found. It may have been deleted in another window; reload the list.' },
    });
    core.close();
  });

  it('an activity’s settings checked by its schema, and the contract’s own checks', () => {
    const core = testCore();
    const activity = brainstormIn(core);
    const tooLong = { id: activity.id, patch: { config: { ...(activity.config as object), prompt: 'x'.repeat(501) } } };
    expect(core.dispatch('activity:update', tooLong, 'de')).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Einstellungen für Brainstorming: prompt: Halten Sie die Frage unter 500 Zeichen.',
        issues: [{ path: 'config.prompt', message: 'Halten Sie die Frage unter 500 Zeichen' }],
      },
    });
    expect(core.dispatch('activity:update', tooLong)).toMatchObject({
      error: { message: 'Brainstorm settings: prompt: Keep the prompt under 500 characters.' },
    });
    // The contract: a schema message, zod's defaults put in words, and the count of further problems.
    expect(core.dispatch('workshop:create', { title: '' }, 'es')).toMatchObject({
      error: { code: 'VALIDATION', message: 'title: Hace falta un título.' },
    });
    expect(core.dispatch('participant:addMany', { people: [] }, 'de')).toMatchObject({
      error: { message: 'workshopId: Das ist erforderlich (und 1 weiteres Problem).' },
    });
    expect(core.dispatch('participant:addMany', { people: [] })).toMatchObject({
      error: { message: 'workshopId: This is required (and 1 more problem).' },
    });
    core.close();
  });

  it('a refused logo and a refused import file', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kickoff' });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');
    expect(core.dispatch('workshop:setLogo', { id: w.id, base64: jpeg }, 'de')).toMatchObject({
      error: {
        code: 'VALIDATION',
        message:
          'Diese Datei ist ein JPEG-Foto, kein PNG oder SVG. Speichern Sie das Logo in Ihrem Bildbearbeitungsprogramm als PNG (oder SVG) und wählen Sie es erneut. Das Logo wurde nicht geändert.',
      },
    });
    expect(core.dispatch('workshop:import', { json: '{"format":' }, 'es')).toMatchObject({
      error: {
        code: 'VALIDATION',
        message: 'Ese archivo no es JSON válido, así que no es una exportación de taller de Common Ground. No se ha importado nada.',
      },
    });
    expect(core.dispatch('workshop:import', { json: '{"format":' })).toMatchObject({
      error: { message: 'That file is not valid JSON, so it is not a Common Ground workshop export. Nothing was imported.' },
    });
    core.close();
  });

  it('a workshop file that does not hold together, said where in the file and why', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kickoff' });
    call(core, 'participant:addMany', {
      workshopId: w.id,
      people: [
        { name: 'Ana', team: 'sales' },
        { name: 'Ben', team: 'marketing' },
      ],
    });
    const exported = core.transact('test:export', (ctx) => exportWorkshop(ctx, w.id));
    if (!exported.ok) throw new Error(exported.error.message);
    const file = exported.value;
    const twice = JSON.stringify({ ...file, participants: [file.participants[0], { ...file.participants[1], id: file.participants[0]!.id }] });
    const before = call(core, 'workshop:list', {}).length;
    expect(core.dispatch('workshop:import', { json: twice }, 'de')).toMatchObject({
      error: {
        code: 'VALIDATION',
        message: `Die ID einer Person kommt in der Datei zweimal vor: „${file.participants[0]!.id.slice(0, 40)}“. Es wurde nichts importiert.`,
      },
    });
    expect(core.dispatch('workshop:import', { json: twice })).toMatchObject({
      error: { message: expect.stringMatching(/^A person's id in the file is used twice: ".+"\. Nothing was imported\.$/) },
    });
    expect(call(core, 'workshop:list', {}).length).toBe(before); // nothing imported
    core.close();
  });

  it('a storage failure', () => {
    const core = testCore();
    core.transact('test:break', (ctx) => ctx.db.exec('ALTER TABLE templates RENAME TO templates_gone'));
    const quiet = console.error;
    console.error = () => undefined;
    const read = core.dispatch('template:list', {}, 'de');
    const write = core.dispatch('template:remove', { id: UNKNOWN }, 'es');
    const english = core.dispatch('template:list', {});
    console.error = quiet;
    expect(read).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Beim Lesen ist etwas schiefgegangen. Es wurde nichts geändert; versuchen Sie es noch einmal.' },
    });
    expect(write).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Algo ha fallado al guardar. No se ha cambiado nada; vuelve a intentarlo.' } });
    expect(english).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong while reading. Nothing was changed; try again.' } });
    core.close();
  });

  it('an activity’s answer rules: an over-budget dot vote, a value its schema refuses, a kept answer new settings would break', () => {
    const core = testCore();
    const w = genericWorkshop(core);
    const detail = call(core, 'workshop:get', { id: w.id });
    const vote = detail.activities.find((a) => a.kind === 'dotvote')!;
    const [dana, eli] = detail.participants;
    const answer = (itemKey: string, dots: number, locale?: 'de' | 'fr' | 'es') =>
      core.dispatch('response:submit', { activityId: vote.id, participantId: dana!.id, itemKey, value: { dots } }, locale);
    call(core, 'response:submit', { activityId: vote.id, participantId: dana!.id, itemKey: 'opt1', value: { dots: 3 } });
    // 5 dots each, at most 3 on one option: 3 spent, 2 left.
    expect(answer('opt2', 3, 'de')).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Sie haben noch 2 Punkte.' } });
    expect(answer('opt2', 3, 'fr')).toMatchObject({ error: { message: 'Il vous reste 2 points.' } });
    expect(answer('opt2', 3)).toMatchObject({ error: { message: 'You have 2 dots left.' } });
    expect(answer('opt2', 4, 'es')).toMatchObject({ error: { message: 'Puedes poner como máximo 3 puntos en una opción.' } });
    expect(answer('nope', 1, 'de')).toMatchObject({ error: { message: 'Diese Option gehört nicht zu dieser Abstimmung.' } });
    // The stored-answer rule, inside the settings' refusal: both in the caller's language.
    call(core, 'response:submit', { activityId: vote.id, participantId: eli!.id, itemKey: 'opt1', value: { dots: 1 } });
    const tighter = { id: vote.id, patch: { config: { ...(vote.config as object), dotsPerPerson: 3, maxPerItem: 2 } } };
    const refused = core.dispatch('activity:update', tighter, 'de');
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'Diese Einstellungen wurden nicht gespeichert: Sie passen nicht mehr zu einer Antwort, die jemand schon gegeben hat. Sie können höchstens 2 Punkte auf eine Option setzen. Löschen Sie die Antworten dieser Aktivität in der Konsole oder lassen Sie die Einstellungen, wie sie sind.',
      },
    });
    // A value the engine's schema refuses.
    const pulse = call(core, 'activity:add', { workshopId: w.id, kind: 'pulse' });
    expect(
      core.dispatch('response:submit', { activityId: pulse.id, participantId: dana!.id, itemKey: 'qualified-lead', value: { rating: 9 } }, 'es'),
    ).toMatchObject({
      error: { code: 'VALIDATION', message: 'rating: Valora de 1 (muy en desacuerdo) a 5 (muy de acuerdo).' },
    });
    core.close();
  });

  it('an unknown language is English', () => {
    const core = testCore();
    expect(core.dispatch('workshop:get', { id: UNKNOWN }, 'xx' as never)).toMatchObject({
      error: { message: 'That workshop was not found. It may have been deleted in another window; reload the list.' },
    });
    core.close();
  });
});
