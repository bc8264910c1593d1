import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { msg } from '@lingui/core/macro';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../../src/main/i18n';
import { TSX_CHILD } from '../../helpers/tsx-child';

// The core's catalogs load in Node, in vitest (through @lingui/vite-plugin) and in scripts run with
// tsx (through scripts/lingui-hooks.mjs), and each language's instance stands alone.

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the core’s languages', () => {
  it('an instance per language, active in its own language, a message untranslated falls back to English', () => {
    expect(i18nFor('de').locale).toBe('de');
    expect(i18nFor('fr').locale).toBe('fr');
    expect(i18nFor('de')).toBe(i18nFor('de'));
    expect(i18nFor('es')._(msg`A message no catalog has yet`)).toBe('A message no catalog has yet');
  });

  it('a script run with tsx gets compiled catalogs and transformed macros', () => {
    // Inside the project, so the script resolves @lingui/core/macro from its node_modules.
    const dir = mkdtempSync(join(root, '.tmp-lingui-tsx-'));
    const script = join(dir, 'say.ts');
    writeFileSync(
      script,
      [
        `import { msg } from '@lingui/core/macro';`,
        `import { i18nFor } from ${JSON.stringify(join(root, 'src/main/i18n.ts'))};`,
        `const n: number = 3;`,
        `console.log(i18nFor('de').locale, i18nFor('de')._(msg\`\${n} cards\`));`,
      ].join('\n'),
    );
    try {
      const out = execFileSync(process.execPath, [...TSX_CHILD, script], { cwd: root, encoding: 'utf8' });
      expect(out.trim()).toBe('de 3 cards');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
