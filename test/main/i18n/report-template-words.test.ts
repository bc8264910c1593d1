import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typstWords } from '../../helpers/typst-words';

// #19: "a lint rule refuses user-visible string literals in JSX and in the report template outside the
// message catalogs". JSX is ESLint's (eslint.config.js); the Typst template is read here: every word the
// report prints comes with the data in the workshop's language (src/main/report/words.ts).

const TEMPLATE = join(__dirname, '../../../src/main/report/template');
const words = (source: string) => typstWords('fixture.typ', source).map((w) => `${w.kind}: ${w.text}`);

describe('the report template writes no words of its own', () => {
  it('finds none in any template file', () => {
    const files = readdirSync(TEMPLATE).filter((f) => f.endsWith('.typ'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    const found = files.flatMap((f) => typstWords(f, readFileSync(join(TEMPLATE, f), 'utf8')));
    expect(found.map((w) => `${w.file}:${w.line} ${w.kind} “${w.text}”`)).toEqual([]);
  });

  it('refuses text in markup, prose in strings, and words inside a #keyword in markup', () => {
    expect(words('#let total(n) = [Total: #n]\n')).toEqual(['markup: Total:']);
    expect(words('#let f(x) = { text(weight: "semibold")[#x]; "see section" }\n')).toEqual(['string: see section']);
    expect(words('#let g(a) = small[#if a.more > 0 [ and more #a.more]]\n')).toEqual(['markup: and more']);
    expect(words('= Executive summary\n')).toEqual(['markup: = Executive summary']);
    expect(words('#let h(b) = if b.x == none { "Not decided" } else { b.x }\n')).toEqual(['string: Not decided']);
  });

  it('lets keys, settings, the words the data brings, fonts and comments through', () => {
    expect(
      words(
        [
          '// A comment may say "Total" [like this].',
          '#set text(font: ("Noto Sans",), weight: "semibold")',
          '#let f(b) = { if b.kind == "gap" { say("differenceOne", n: 2) } else { b.at("teams", default: none) } }',
          '#let g(t) = [#mark(t.team) #words.teams.at(t.team) n=#t.n: #text(style: "italic")[#words.suppressed]]',
          '#let bullet = regex("^\\s*[-•*]\\s+ Item")',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
