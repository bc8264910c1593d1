// #19's rule for the report's Typst template: no word a reader sees may be written in the template itself.
// Every fixed word comes with the data, in the workshop's language (src/main/report/words.ts, read as
// `words.x` or `say("key", ...)`). This finds what would print as English anyway:
// - text in markup (`[Total]`, or at a file's top level), outside `#` expressions;
// - a string that reads as words ("Total", "see section"), outside the allow-list below.
// It is a small reader of Typst's syntax, not a parser: enough for the template's own code.

export interface TypstWord {
  file: string;
  line: number;
  text: string;
  kind: 'markup' | 'string';
}

/**
 * The reviewed allow-list, the same idea as the JSX rule's (eslint.config.js): what may stay a literal, and why.
 * Strings: one token that does not start with a capital is a key, a name or a setting ("semibold", "sales",
 * "hiddenTooOne", "#4338CA"), never a sentence; font families; regular expressions.
 */
const ALLOWED_STRINGS: readonly RegExp[] = [/^(?![A-Z])\S+$/, /^Noto [A-Z]/];
/**
 * Markup: the sample-size notation ("n=12"), written the same in every language; a lone "x" whose height is
 * measured (`height(small[x #linebreak() x])`), never printed.
 */
const ALLOWED_MARKUP: readonly RegExp[] = [/^n=$/, /^x$/];
/** The code just before a string that Typst reads as a pattern, not as text. */
const PATTERN_BEFORE = /\bregex\(\s*$/;

const LETTER = /\p{L}/u;

function lineOf(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (source.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Blank out comments, keeping every offset (so line numbers stay true). */
function withoutComments(source: string): string {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < source.length) {
    const c = source[i]!;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += source[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      i += 1;
      continue;
    }
    if (c === '"') inString = true;
    if (c === '/' && source[i + 1] === '/' && source[i - 1] !== ':') {
      while (i < source.length && source[i] !== '\n') {
        out += ' ';
        i += 1;
      }
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      while (i < source.length && !(source[i] === '*' && source[i + 1] === '/')) {
        out += source[i] === '\n' ? '\n' : ' ';
        i += 1;
      }
      out += '  ';
      i += 2;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

const KEYWORD = /^(let|set|show|import|include|if|for|while|return|context)\b/;

export function typstWords(file: string, source: string): TypstWord[] {
  const src = withoutComments(source);
  const found: TypstWord[] = [];
  let i = 0;

  const report = (at: number, text: string, kind: TypstWord['kind']) => found.push({ file, line: lineOf(src, at), text: text.trim(), kind });

  function readString(): void {
    const start = i;
    i += 1;
    let text = '';
    while (i < src.length && src[i] !== '"') {
      if (src[i] === '\\') {
        text += src[i + 1] ?? '';
        i += 2;
      } else text += src[i++];
    }
    i += 1;
    if (!LETTER.test(text) || ALLOWED_STRINGS.some((re) => re.test(text))) return;
    if (PATTERN_BEFORE.test(src.slice(Math.max(0, start - 20), start))) return;
    report(start, text, 'string');
  }

  /** Code until the closing bracket `close` (or, with close null, the end of a `#keyword` line at depth 0). */
  function readCode(close: string | null): void {
    let depth = 0;
    while (i < src.length) {
      const c = src[i]!;
      if (c === '"') {
        readString();
        continue;
      }
      if (c === '[') {
        i += 1;
        readMarkup(']');
        continue;
      }
      if (c === '(' || c === '{') depth += 1;
      if (c === ')' || c === '}' || (c === ']' && close === null)) {
        if (depth === 0) {
          if (close !== null) i += 1; // a `#keyword` line inside markup leaves the closer to the markup around it
          return;
        }
        depth -= 1;
      }
      if (close === null && depth === 0 && c === '\n') {
        // `#if … { } else { }` and chained calls may go on over a line break.
        const next = src.slice(i + 1).match(/^\s*(\S+)/)?.[1] ?? '';
        if (!/^(else|\.)/.test(next)) return;
      }
      i += 1;
    }
  }

  /** One `#` expression in markup: a keyword line, or a name with its fields, calls and content. */
  function readHash(): void {
    i += 1;
    const rest = src.slice(i);
    if (KEYWORD.test(rest)) {
      readCode(null);
      return;
    }
    if (src[i] === '(' || src[i] === '{') {
      i += 1;
      readCode(src[i - 1] === '(' ? ')' : '}');
      return;
    }
    const name = /^[\p{L}_][\p{L}\p{N}_-]*/u.exec(rest);
    if (!name) return;
    i += name[0].length;
    for (;;) {
      if (src[i] === '.' && /[\p{L}_]/u.test(src[i + 1] ?? '')) {
        i += 1;
        i += /^[\p{L}_][\p{L}\p{N}_-]*/u.exec(src.slice(i))![0].length;
      } else if (src[i] === '(') {
        i += 1;
        readCode(')');
      } else if (src[i] === '[') {
        i += 1;
        readMarkup(']');
      } else return;
    }
  }

  function readMarkup(close: string | null): void {
    let text = '';
    let textStart = i;
    const flush = () => {
      if (LETTER.test(text) && !ALLOWED_MARKUP.some((re) => re.test(text.trim()))) report(textStart, text, 'markup');
      text = '';
    };
    while (i < src.length) {
      const c = src[i]!;
      if (close !== null && c === close) {
        flush();
        i += 1;
        return;
      }
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '#') {
        flush();
        readHash();
        textStart = i;
        continue;
      }
      if (c === '[') {
        flush();
        i += 1;
        readMarkup(']');
        textStart = i;
        continue;
      }
      if (!text) textStart = i;
      text += c;
      i += 1;
    }
    flush();
  }

  readMarkup(null);
  return found;
}
