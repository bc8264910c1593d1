import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import type { RosterEntry } from '../../shared/participant-protocol';
import { TEAM_MARK, TEAMS } from '../../shared/teams';
import type { Locale } from '../../shared/locale';
import { i18nFor } from '../i18n';
import { teamName } from '../../shared/team-words';

// The phone page's HTML carries a first screen of its own, shown before any script has arrived
// on slow room Wi-Fi (src/renderer/phone/participant.html). The room server fills it in: the
// list of names as a real form (tappable at once, and working with no script at all), the code
// form at the bare address, "You're in" after a join without script. Each copies the markup
// React draws for the same screen (JoinScreen, RosterPicker, CodeEntry, the waiting message),
// so the script takes over without anything moving. Every piece of text is escaped here, and
// said in the workshop's language, which the page also carries for its script (WORKSHOP_LANG_ATTR).

const SCREEN_SLOT = /<!--cg-screen-->[\s\S]*?<!--\/cg-screen-->/;
const TITLE_SLOT = /<p class="ph-kicker" id="cg-title" hidden><\/p>/;
const DOCUMENT_TITLE = /<title>[^<]*<\/title>/;
const APP_SCRIPT = /<script type="module"[^>]*><\/script>\s*/g;
const HTML_TAG = /<html lang="[^"]*"/;
/** The <html> attribute telling the phone's script the workshop's language (src/renderer/phone/main.tsx). */
export const WORKSHOP_LANG_ATTR = 'data-workshop-lang';

/** The page in a language: its `lang`, and the workshop's language for the script. */
export function inLanguage(html: string, language: Locale): string {
  return html.replace(HTML_TAG, () => `<html lang="${language}" ${WORKSHOP_LANG_ATTR}="${language}"`);
}
/** The attribute marking the server's own screen (the bench and the script look for it). */
export const SERVER_MARK = 'data-cg-server';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place between HTML tags or in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** JSON to place inside <script type="application/json">: nothing in it can close the element or open a comment. */
function jsonInHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The page with the workshop's title (facilitator-entered text, escaped) in its first screen and its document title. */
export function withWorkshopTitle(html: string, title: string): string {
  if (!TITLE_SLOT.test(html)) return html; // a page built without the first screen: leave it as it is
  const safe = escapeHtml(title);
  // Functions as replacements, so a title with `$&` or `$1` stays text.
  return html
    .replace(TITLE_SLOT, () => `<p class="ph-kicker" id="cg-title">${safe}</p>`)
    .replace(DOCUMENT_TITLE, () => `<title>${safe} · Common Ground</title>`);
}

export interface Welcome {
  workshopTitle: string;
  language: Locale;
  roster: RosterEntry[];
  allowSelfAdd: boolean;
}

/** What the script starts from, read by src/renderer/phone/main.tsx: the list shown, or who this phone joined as. */
export type FirstScreen = { welcome: Welcome } | { me: RosterEntry };
export const FIRST_SCREEN_ID = 'cg-first';

export type Screen =
  | { kind: 'names'; welcome: Welcome; error?: string | undefined }
  | { kind: 'joined'; me: RosterEntry }
  | { kind: 'twin'; person: RosterEntry; roomPath: string }
  | { kind: 'code'; error?: string | undefined; typed?: string | undefined };

export interface RenderOptions {
  /** The document's title: the workshop's, or none on the code page (it is not told without the code). */
  title?: string | undefined;
  /** Leave out the app's script: a page that asks one question after a form was sent, answered by its own form. */
  withoutScript?: boolean;
  /** The workshop's language, which the screen is said in (English when not given). */
  language?: Locale | undefined;
}

/** The page with `screen` as its first screen; a page built without the slot is returned as it is. */
export function renderPage(html: string, screen: Screen, opts: RenderOptions = {}): string {
  if (!SCREEN_SLOT.test(html)) return html;
  const language = opts.language ?? 'en';
  let page = inLanguage(html, language).replace(SCREEN_SLOT, () => screenHtml(screen, i18nFor(language)));
  if (opts.title !== undefined) page = page.replace(DOCUMENT_TITLE, () => `<title>${escapeHtml(opts.title!)} · Common Ground</title>`);
  if (opts.withoutScript) page = page.replace(APP_SCRIPT, '');
  return page;
}

function screenHtml(screen: Screen, i18n: I18n): string {
  switch (screen.kind) {
    case 'names':
      return namesScreen(i18n, screen.welcome, screen.error) + firstScreenData({ welcome: screen.welcome });
    case 'joined':
      return joinedScreen(i18n, screen.me) + firstScreenData({ me: screen.me });
    case 'twin':
      return twinScreen(i18n, screen.person, screen.roomPath);
    case 'code':
      return codeScreen(i18n, screen.error, screen.typed);
  }
}

const firstScreenData = (first: FirstScreen) => `<script type="application/json" id="${FIRST_SCREEN_ID}">${jsonInHtml(first)}</script>`;

/** What a code looks like (not a word: the same in every language, as CodeEntry shows it). */
const EXAMPLE_CODE = 'ACD EFG';

const mark = (team: RosterEntry['team']) => `<span class="pick-mark" aria-hidden="true">${TEAM_MARK[team]}</span>`;
const alert = (message: string | undefined, id = '') =>
  message ? `<p${id ? ` id="${id}"` : ''} class="ph-error" role="alert">${escapeHtml(message)}</p>` : '';
const noScript = (text: string) => `<noscript><p class="ph-hint">${escapeHtml(text)}</p></noscript>`;
const team = (i18n: I18n, id: RosterEntry['team']) => escapeHtml(teamName(i18n, id));

/** JoinScreen with RosterPicker: the names by team, each a submit button of one form (POST to this page). */
function namesScreen(i18n: I18n, welcome: Welcome, error: string | undefined): string {
  const notListed = escapeHtml(t(i18n)`Not on the list? Ask the facilitator to add you.`);
  const groups = TEAMS.map((team) => ({ team, people: welcome.roster.filter((p) => p.team === team) })).filter((g) => g.people.length > 0);
  const names = groups
    .map(
      (g) =>
        `<div class="pick-group pick-team-${g.team}" role="group" aria-labelledby="pick-${g.team}"><h2 id="pick-${g.team}" class="pick-group-title">${mark(g.team)} ${team(i18n, g.team)}</h2><ul class="pick-list">` +
        g.people
          .map(
            (p) =>
              `<li><button type="submit" name="participant" value="${escapeHtml(p.id)}" class="pick-name">${mark(p.team)}<span>${escapeHtml(p.name)}</span>` +
              `${p.joined ? `<span class="pick-joined">${escapeHtml(t(i18n)`on another phone`)}</span>` : ''}</button></li>`,
          )
          .join('') +
        '</ul></div>',
    )
    .join('');
  const addYourself = welcome.allowSelfAdd
    ? // Adding oneself needs the script (its checks live on the room's socket): enabled when the script takes over.
      `<div class="ph-actions"><button type="button" class="ph-btn" disabled>${escapeHtml(t(i18n)`Not on the list? Add yourself`)}</button></div><noscript><p class="ph-hint">${notListed}</p></noscript>`
    : `<p class="ph-hint">${notListed}</p>`;
  return (
    `<main id="main" class="ph-screen ph-join" ${SERVER_MARK}><div class="ph-body">${alert(error)}<form method="post" class="ph-contents">` +
    `<section class="pick" aria-labelledby="pick-heading"><h1 id="pick-heading" class="pick-title" tabindex="-1">${escapeHtml(welcome.workshopTitle)}</h1>` +
    `<p class="pick-hint">${escapeHtml(t(i18n)`Who are you? Tap your name.`)}</p>${welcome.roster.length ? '' : `<p class="pick-empty">${escapeHtml(t(i18n)`There is nobody on the list yet.`)}</p>`}${names}</section>` +
    `${addYourself}</form></div></main>`
  );
}

/** The waiting message of someone who joined (as a phone that resumed sees it: no kicker), with "Not you?". */
function joinedScreen(i18n: I18n, me: RosterEntry): string {
  const name = me.name;
  const look = `${t(i18n)`Look at the main screen.`} ${t(i18n)`Your phone shows the next activity as soon as it starts.`}`;
  return (
    `<main id="main" class="ph-screen ph-message" data-testid="waiting" ${SERVER_MARK}><div class="ph-body">` +
    `<h1 class="ph-title" tabindex="-1">${escapeHtml(t(i18n)`You’re in, ${name}`)}</h1><p>${escapeHtml(look)}</p>` +
    noScript(t(i18n)`The activities need JavaScript: turn it on in this browser’s settings, then reload the page.`) +
    `<form method="post" class="ph-me"><span><strong>${escapeHtml(name)}</strong> <span class="ph-team ph-team-${me.team}"><span aria-hidden="true">${TEAM_MARK[me.team]}</span> ${team(i18n, me.team)}</span></span>` +
    `<button type="submit" name="leave" value="1" class="ph-link">${escapeHtml(t(i18n)`Not you?`)}</button></form></div></main>`
  );
}

/** Someone is already answering as this name: the same question as JoinScreen asks, as a form. */
function twinScreen(i18n: I18n, person: RosterEntry, roomPath: string): string {
  const name = person.name;
  const hint = t(
    i18n,
  )`If that is you on a new phone, carry on here: your answers stay with your name. If it is not you, pick your own name, or two people’s answers would mix.`;
  return (
    `<main id="main" class="ph-screen ph-join" ${SERVER_MARK}><div class="ph-body"><form method="post" class="ph-twin" aria-labelledby="twin-title">` +
    `<h1 id="twin-title" class="pick-title" tabindex="-1">${escapeHtml(t(i18n)`${name} is already answering on another phone`)}</h1>` +
    `<p class="ph-hint">${escapeHtml(hint)}</p>` +
    `<input type="hidden" name="confirm" value="1"><div class="ph-actions"><button type="submit" name="participant" value="${escapeHtml(person.id)}" class="ph-btn ph-btn-primary">${escapeHtml(t(i18n)`Yes, I’m ${name}`)}</button>` +
    `<a class="ph-btn" href="${escapeHtml(roomPath)}">${escapeHtml(t(i18n)`Pick another name`)}</a></div></form></div></main>`
  );
}

/** CodeEntry: the code from the screen, posted to /join. */
function codeScreen(i18n: I18n, error: string | undefined, typed = ''): string {
  const describedBy = error ? 'cg-code-hint cg-code-error' : 'cg-code-hint';
  const example = EXAMPLE_CODE;
  return (
    `<main id="main" class="ph-screen" ${SERVER_MARK}><form class="ph-form" method="post" action="/join" novalidate><div class="ph-body">` +
    `<p class="ph-kicker">Common Ground</p><h1 class="ph-title" tabindex="-1">${escapeHtml(t(i18n)`Join the workshop`)}</h1>` +
    `<label for="cg-code" class="ph-label">${escapeHtml(t(i18n)`Code from the screen`)}</label><p id="cg-code-hint" class="ph-hint">${escapeHtml(t(i18n)`The letters and numbers on the screen, like ${example}.`)}</p>` +
    `<input id="cg-code" name="code" class="ph-input ph-code-input" value="${escapeHtml(typed)}" autocomplete="off" autocapitalize="characters" autocorrect="off" spellcheck="false" inputmode="text" maxlength="14"${error ? ' aria-invalid="true"' : ''} aria-describedby="${describedBy}">` +
    `${alert(error, 'cg-code-error')}</div><div class="ph-actions"><button type="submit" class="ph-btn ph-btn-primary">${escapeHtml(t(i18n)`Join`)}</button></div></form></main>`
  );
}
