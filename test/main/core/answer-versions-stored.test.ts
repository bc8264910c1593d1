import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../../../src/main/core';
import { ANSWER_HISTORIES, currentAnswerVersion } from '../../../src/activities/answer-versions';
import { ACTIVITY_DEFINITIONS } from '../../../src/activities/registry';
import { call, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { genericWorkshopAt } from '../../helpers/generic-workshop';

// The real answer histories (no engine has an answer step yet): every kind that takes answers
// lists its own, and a database from before answers had versions reads as it did.

describe('answer histories', () => {
  it('are listed for exactly the kinds that take answers, each named for messages', () => {
    const kinds = ACTIVITY_DEFINITIONS.filter((d) => d.responses).map((d) => d.kind);
    expect(Object.keys(ANSWER_HISTORIES).sort()).toEqual([...kinds].sort());
    for (const history of Object.values(ANSWER_HISTORIES)) expect(history.what).toMatch(/ answer$/);
    expect(kinds.map(currentAnswerVersion)).toEqual(kinds.map(() => 0));
  });
});

describe('a database from before answers had versions', () => {
  it('holds its answers at version 0 after the app updates (migration 9), with the same results', () => {
    const dir = tempDir();
    const first = testCore(dir);
    const { activity, detail } = genericWorkshopAt(first, 'dotvote');
    detail.participants
      .slice(0, 3)
      .forEach((p, i) => call(first, 'response:submit', { activityId: activity.id, participantId: p.id, itemKey: `opt${i + 1}`, value: { dots: i + 1 } }));
    const results = call(first, 'activity:results', { activityId: activity.id });
    first.close();
    // The file as the previous version of the app left it: schema 9, no value_version.
    const db = new Database(join(dir, DB_FILE));
    db.exec('ALTER TABLE workshops DROP COLUMN language'); // migration 11
    db.exec('ALTER TABLE responses DROP COLUMN value_version');
    db.pragma('user_version = 9');
    db.close();

    const core = testCore(dir);
    const raw = new Database(core.dbPath, { readonly: true });
    expect(raw.prepare('SELECT value_version FROM responses WHERE activity_id = ?').pluck().all(activity.id)).toEqual([0, 0, 0]);
    raw.close();
    expect(call(core, 'activity:results', { activityId: activity.id })).toEqual(results);
    core.close();
  });
});
