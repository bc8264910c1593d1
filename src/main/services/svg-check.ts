import { msg } from '@lingui/core/macro';
import { say } from '../../shared/api/say';
import { SaxesParser, type SaxesTagNS } from 'saxes';

// Is this text one self-contained, script-free SVG document? Read with a
// strict XML parser (saxes); the first problem found, in words, or null.
// Refused rather than cleaned:
// - not well-formed XML, or a DOCTYPE with its own entity declarations;
// - a first element that is not <svg> in the SVG namespace;
// - scripts and what can carry them: <script>, <foreignObject>, <handler>,
//   <listener>, HTML elements, event-handler attributes (onload, onclick…),
//   javascript: anywhere, animations that rewrite a link;
// - references to anything outside the file: links other than "#…" or an
//   embedded PNG/JPEG/GIF/WebP picture, url(…) other than "#…", CSS @import,
//   <?xml-stylesheet?>.

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'handler', 'listener', 'iframe', 'embed', 'object', 'audio', 'video', 'canvas']);
const LINK_ATTRIBUTES = new Set(['href', 'src']);
/** A picture embedded in the file itself (not another SVG, which could carry anything). */
const EMBEDDED_PICTURE = /^data:image\/(png|jpeg|gif|webp);base64,/i;
const OUTSIDE_URL = /url\(\s*(['"]?)\s*(?!#)/i;

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function attributeProblem(tag: SaxesTagNS, name: string, local: string, value: string): string | null {
  const attr = local.toLowerCase();
  const element = tag.name;
  if (attr.startsWith('on'))
    return say(msg`That SVG has an event handler (${name} on <${element}>), which could run a script. Export the logo again without interactivity.`);
  if (/javascript\s*:/i.test(value)) return say(msg`That SVG contains a javascript: link (on <${element}>). A logo cannot run scripts.`);
  if (LINK_ATTRIBUTES.has(attr)) {
    const link = clip(value.trim());
    if (!value.trim().startsWith('#') && !EMBEDDED_PICTURE.test(value.trim())) {
      return say(
        msg`That SVG refers to another file or web address (${name}="${link}" on <${element}>). A logo must be one self-contained file: embed the picture or export the logo again.`,
      );
    }
  }
  if (attr === 'attributename' && /href/i.test(value))
    return say(msg`That SVG has an animation that rewrites a link (<${element}>). A logo must not change what it points to.`);
  if (OUTSIDE_URL.test(value)) {
    const outside = clip(value.trim());
    return say(msg`That SVG refers to something outside the file (${outside} on <${element}>). A logo must be one self-contained file.`);
  }
  return null;
}

function styleProblem(css: string): string | null {
  if (/@import/i.test(css)) return say(msg`That SVG’s style sheet imports another file (@import). A logo must be one self-contained file.`);
  if (OUTSIDE_URL.test(css)) return say(msg`That SVG’s style sheet refers to something outside the file (url(…)). A logo must be one self-contained file.`);
  if (/javascript\s*:/i.test(css) || /expression\s*\(/i.test(css)) return say(msg`That SVG’s style sheet contains script. A logo cannot run scripts.`);
  return null;
}

export function checkSvgSafety(text: string): string | null {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let problem: string | null = null;
  let root: SaxesTagNS | null = null;
  let inStyle = 0;
  let css = '';
  const stop = (message: string) => {
    problem ??= message;
  };

  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) stop(say(msg`That SVG declares its own entities (a DOCTYPE with [ … ]). Export the logo again as plain SVG.`));
  });
  parser.on('processinginstruction', ({ target }) => {
    if (target.toLowerCase() === 'xml-stylesheet')
      stop(say(msg`That SVG loads a style sheet from another file (<?xml-stylesheet?>). A logo must be one self-contained file.`));
  });
  parser.on('opentag', (tag) => {
    const element = clip(tag.name);
    if (!root) {
      root = tag;
      if (tag.local !== 'svg') stop(say(msg`That file is XML but not an SVG image: its first element is <${element}>, not <svg>.`));
      else if (tag.uri !== SVG_NS) stop(say(msg`That SVG’s <svg> element lacks xmlns="${SVG_NS}", so browsers cannot show it. Export the logo again as SVG.`));
    }
    const local = tag.local.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(local))
      stop(say(msg`That SVG contains <${element}>, which can run scripts or show web content. Export the logo again as a plain drawing.`));
    else if (tag.uri === XHTML_NS) stop(say(msg`That SVG contains an HTML element (<${element}>). Export the logo again as a plain drawing.`));
    if (local === 'style') inStyle++;
    for (const a of Object.values(tag.attributes)) {
      const p = a.local.toLowerCase() === 'style' ? styleProblem(a.value) : attributeProblem(tag, a.name, a.local, a.value);
      if (p) stop(p);
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.local.toLowerCase() === 'style') inStyle--;
  });
  const collect = (t: string) => {
    if (inStyle > 0) css += t;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);

  try {
    parser.write(text).close();
  } catch (error) {
    if (problem) return problem;
    const why = clip(error instanceof Error ? error.message.split('\n')[0]!.replace(/^[^:]*:(\d+:\d+): /, 'line $1: ') : 'it cannot be read');
    return say(msg`That SVG is not a well-formed file (${why}), so it is damaged or not an SVG. Export the logo again as SVG.`);
  }
  if (!root) return say(msg`That file has no <svg> element, so it is not an SVG image.`);
  return problem ?? styleProblem(css);
}
