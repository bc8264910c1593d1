import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import { buildIcs } from '../../../src/main/export/ics';
import type { ExportedFile } from '../../../src/shared/export';
import { call, testCore } from '../../helpers/core';

/** Split into content lines (CRLF only), checking that nothing else breaks a line and no line exceeds 75 octets. */
function contentLines(text: string): string[] {
  const physical = text.split('\r\n');
  expect(physical.pop()).toBe('');
  for (const line of physical) {
    expect(line, JSON.stringify(line)).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  return physical
    .join('\r\n')
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
}

describe('.ics text escaping (RFC 5545 TEXT)', () => {
  it('writes a bare CR, CRLF and LF in an action item as \\n, never as a raw line break', async () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Breaks' });
    const texts = ['Bare\rcarriage return', 'Windows\r\nline end', 'Unix\nline end', `Long ${'word '.repeat(30)}\rend`];
    for (const text of texts) call(core, 'actionItem:add', { workshopId: w.id, text, owner: 'Ana', dueDate: '2026-12-10' });
    const backend = createBackend(core);
    const r = await backend.invoke('export:prepare', { workshopId: w.id, format: 'ics' });
    expect(r.ok).toBe(true);
    const file = (r as { value: ExportedFile }).value;
    const lines = contentLines(backend.exports.get(file.exportId)!.body.toString('utf8'));
    const summaries = lines.filter((l) => l.startsWith('SUMMARY:')).map((l) => l.slice('SUMMARY:'.length));
    expect(summaries).toEqual(['Bare\\ncarriage return (Ana)', 'Windows\\nline end (Ana)', 'Unix\\nline end (Ana)', `Long ${'word '.repeat(30)}\\nend (Ana)`]);
    await backend.exports.close();
    core.close();
  });

  it('escapes backslash, semicolon and comma, and drops other control characters', () => {
    const text = buildIcs(
      [{ uid: 'u@x', source: 'Action items', commitment: { text: 'a\\b;c,d\u0007e\u0000f\tg', owner: '', due: '2026-12-10', kind: 'action' } }],
      {
        title: 'T',
        now: '2026-12-03T09:00:00.000Z',
        undated: 0,
      },
    );
    const summary = contentLines(text).find((l) => l.startsWith('SUMMARY:'));
    expect(summary).toBe('SUMMARY:a\\\\b\\;c\\,def\tg');
  });
});
