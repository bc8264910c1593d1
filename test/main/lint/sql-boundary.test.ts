import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps SQL in src/main/db: run the repository's own
// eslint.config.js over small sources, as if they lived at the given paths.

const SOURCE = `import type { Db } from '../db/connection';
export const count = (db: Db): number => db.prepare('SELECT count(*) FROM workshops').pluck().get() as number;
`;

async function messages(filePath: string, code = SOURCE) {
  const [result] = await new ESLint({ cwd: process.cwd() }).lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('SQL stays in src/main/db', () => {
  it.each(['src/main/services/workshops.ts', 'src/main/export/json.ts', 'src/main/server/room.ts', 'src/main/core/index.ts'])(
    'refuses .prepare( in %s',
    async (file) => {
      expect(await messages(file)).toEqual([expect.stringContaining('SQL belongs in src/main/db')]);
    },
  );

  it('refuses it on a context’s connection too (ctx.db.prepare)', async () => {
    const code = `export function names(ctx: { db: { prepare(sql: string): { all(): unknown[] } } }) {\n  return ctx.db.prepare('SELECT name FROM participants').all();\n}\n`;
    expect(await messages('src/main/services/participants.ts', code)).toHaveLength(1);
  });

  it('refuses .pragma( too', async () => {
    const code = `import type { Db } from '../db/connection';\nexport const version = (db: Db) => db.pragma('user_version', { simple: true });\n`;
    expect(await messages('src/main/services/workshops.ts', code)).toEqual([expect.stringContaining('.pragma()')]);
  });

  it.each(['src/main/db/queries/workshops.ts', 'src/main/db/health.ts'])('allows it in %s', async (file) => {
    expect(await messages(file)).toEqual([]);
  });
}, 60_000);
