import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core/types';
import type { RosterEntry } from '../../shared/participant-protocol';
import * as session from '../services/participant-session';
import { getWorkshopOrThrow } from '../services/workshop-records';
import { inLanguage, renderPage, withWorkshopTitle, type RenderOptions, type Screen, type Welcome } from './phone-page';
import { compressFor, readStatic } from './static';
import { plain } from './reply';
import { AttemptLimiter, clientKey } from './rate-limit';
import { readBody, readCookie } from './safe-request';
import type { JoinCodeGuard } from './join-code';
import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import type { Locale } from '../../shared/locale';
import { i18nFor } from '../i18n';
import { roomWords } from './room-words';

// The phone page as the room server sends it (the first screen filled in, phone-page.ts), and the
// forms on it, for a tap that comes before the script (slow Wi-Fi) or with no script at all:
// - POST /j/<room> with participant=<id> joins as that person (the same join as the room's socket:
//   a device token, handed to the page in a cookie the script moves to its own storage), with
//   confirm=1 after "already answering on another phone", or leave=1 for "Not you?";
// - POST /join with code=<code> (form-encoded) checks the code like the script's JSON join.
// Forms are accepted only from the page's own origin (its Origin header): a page elsewhere cannot
// join anyone or spend the room's budget of wrong codes.

export const DEVICE_COOKIE = 'cg_device';
const JOIN_PAGE = '/participant.html';
const MAX_FORM_BODY = 1024;
const notHere = (i18n: I18n) => t(i18n)`This form only works from the workshop’s own page. Open the link again, or type the code from the screen.`;

export interface PhonePagesOptions {
  core: Core;
  workshopId: string;
  pageDir: string;
  /** The room server's origin: forms must come from it. */
  origin: string;
  roomToken: string;
  codes: JoinCodeGuard;
  /** The workshop's language now: the page and its messages are said in it. */
  language(): Locale;
  /** The list of names exactly as the room's socket sends it to a phone with the link, or null when it cannot be read. */
  welcome(): Welcome | null;
  /** Form joins one address may make in the window (each stores a device). */
  joinsPerAddress?: { max: number; windowMs: number };
}

const isForm = (req: IncomingMessage) => /^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '');

export function createPhonePages(opts: PhonePagesOptions) {
  const roomPath = `/j/${opts.roomToken}`;
  const words = () => i18nFor(opts.language());
  const joins = new AttemptLimiter(opts.joinsPerAddress?.max ?? 30, opts.joinsPerAddress?.windowMs ?? 60_000);
  const deviceCookie = (value: string, maxAge?: number) =>
    `${DEVICE_COOKIE}=${value}; Path=${roomPath}; SameSite=Strict${maxAge === undefined ? '' : `; Max-Age=${maxAge}`}`;

  async function template(res: ServerResponse): Promise<string | null> {
    const page = await readStatic(opts.pageDir, JOIN_PAGE);
    if (!page) plain(res, 500, t(words())`The participant page is missing from this build.`);
    return page ? page.body.toString('utf8') : null;
  }

  /** An HTML page, compressed as the phone accepts (as sendStatic does, with any status); `no-store` for anything about one person. */
  function sendHtml(req: IncomingMessage, res: ServerResponse, status: number, html: string, cache = 'no-cache') {
    const packed = compressFor(req.headers['accept-encoding'], Buffer.from(html));
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (packed.coding !== 'identity') res.setHeader('Content-Encoding', packed.coding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Length', String(packed.body.length));
    res.setHeader('Cache-Control', cache);
    res.end(req.method === 'HEAD' ? undefined : packed.body);
  }

  async function sendScreen(req: IncomingMessage, res: ServerResponse, status: number, screen: Screen, render: RenderOptions, cache?: string) {
    const html = await template(res);
    if (html !== null) sendHtml(req, res, status, renderPage(html, screen, { language: opts.language(), ...render }), cache);
  }

  const seeOther = (res: ServerResponse, location: string) => {
    res.statusCode = 303;
    res.setHeader('Location', location);
    res.setHeader('Cache-Control', 'no-store');
    res.end();
  };

  /** The names (with an error above them when a form went wrong), or the old first screen when the list cannot be read. */
  async function namesPage(req: IncomingMessage, res: ServerResponse, status = 200, error?: string) {
    const welcome = opts.welcome();
    if (welcome) return sendScreen(req, res, status, { kind: 'names', welcome, error }, { title: welcome.workshopTitle, withoutScript: Boolean(error) });
    const html = await template(res);
    if (html === null) return;
    const title = opts.core.transact('phone:page', (ctx) => getWorkshopOrThrow(ctx, opts.workshopId).title);
    const page = inLanguage(html, opts.language());
    sendHtml(req, res, 200, title.ok ? withWorkshopTitle(page, title.value) : page);
  }

  const resumed = (token: string): RosterEntry | null => {
    const r = opts.core.transact('phone:resume', (ctx) => session.resume(ctx, opts.workshopId, token));
    return r.ok ? r.value : null;
  };

  return {
    /** GET (or HEAD) of the code page (/) or the room's page (/j/<room>, its token already checked). */
    async page(req: IncomingMessage, res: ServerResponse, which: 'code' | 'room') {
      if (which === 'code') return sendScreen(req, res, 200, { kind: 'code' }, {});
      const token = readCookie(req, DEVICE_COOKIE);
      if (token) {
        const me = resumed(token);
        if (me) return sendScreen(req, res, 200, { kind: 'joined', me }, { title: opts.welcome()?.workshopTitle }, 'no-store');
        res.setHeader('Set-Cookie', deviceCookie('', 0)); // not a device of this room (any more)
      }
      return namesPage(req, res);
    },

    /** POST /j/<room> (its token already checked): a name, "Yes, that's me", or "Not you?", sent by the page's own form. */
    async namesForm(req: IncomingMessage, res: ServerResponse) {
      if (req.headers.origin !== opts.origin) return plain(res, 403, notHere(words()));
      if (!isForm(req)) return plain(res, 415, t(words())`Send the form on the workshop’s page.`);
      const body = await readBody(req, MAX_FORM_BODY);
      if (body.kind === 'aborted') return;
      if (body.kind === 'too-large') return namesPage(req, res, 413, t(words())`That was too long to be a name from the list. Tap your name.`);
      const form = new URLSearchParams(body.text);
      if (form.get('leave') === '1') {
        res.setHeader('Set-Cookie', deviceCookie('', 0));
        return seeOther(res, roomPath);
      }
      const id = form.get('participant') ?? '';
      const person = opts.welcome()?.roster.find((p) => p.id === id);
      if (!person) return namesPage(req, res, 400, roomWords(words(), 'NOT_ON_LIST'));
      if (person.joined && form.get('confirm') !== '1') {
        return sendScreen(req, res, 200, { kind: 'twin', person, roomPath }, { title: opts.welcome()?.workshopTitle, withoutScript: true }, 'no-store');
      }
      const address = clientKey(req.socket.remoteAddress);
      if (!joins.allow(address))
        return namesPage(req, res, 429, t(words())`Many people just joined from this network. Wait a minute, then tap your name again.`);
      const joined = opts.core.transact('phone:join', (ctx) => session.joinAs(ctx, opts.workshopId, person.id));
      if (!joined.ok) return namesPage(req, res, 400, joined.error.message);
      res.setHeader('Set-Cookie', deviceCookie(joined.value.deviceToken));
      return seeOther(res, roomPath);
    },

    /** POST /join sent by the code form (form-encoded); false when it is something else (the script's JSON join). */
    async codeForm(req: IncomingMessage, res: ServerResponse, bodyText: string): Promise<boolean> {
      if (!isForm(req)) return false;
      if (req.headers.origin !== opts.origin) {
        plain(res, 403, notHere(words()));
        return true;
      }
      const typed = new URLSearchParams(bodyText).get('code') ?? '';
      const checked = opts.codes.check(clientKey(req.socket.remoteAddress), typed, words());
      if (checked.ok) seeOther(res, roomPath);
      else await sendScreen(req, res, checked.status, { kind: 'code', error: checked.message, typed: typed.slice(0, 14) }, { withoutScript: true }, 'no-store');
      return true;
    },
  };
}
export type PhonePages = ReturnType<typeof createPhonePages>;
