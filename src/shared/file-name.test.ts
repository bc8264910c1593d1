import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-name';

describe('fileSlug', () => {
  it('keeps letters and digits of any script, drops accents and punctuation', () => {
    expect(fileSlug('Q3 kickoff: Sales & Marketing')).toBe('q3-kickoff-sales-marketing');
    expect(fileSlug('Équipe Vertrieb – München')).toBe('equipe-vertrieb-munchen');
    expect(fileSlug('営業とマーケ')).toBe('営業とマーケ');
  });

  it('is at most 60 characters and never ends or starts with a dash', () => {
    const s = fileSlug(`--${'a'.repeat(59)} b`);
    expect(s).toBe('a'.repeat(59));
    expect(fileSlug('x'.repeat(100))).toHaveLength(60);
  });

  it('is empty when nothing is left, so callers choose the fallback', () => {
    expect(fileSlug('!!! ???')).toBe('');
  });
});
