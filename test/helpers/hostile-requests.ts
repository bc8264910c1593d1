import fc from 'fast-check';

/**
 * fast-check arbitraries for raw hostile HTTP/1.1 traffic to the facilitator's server
 * ('app') and the participant server ('phone'): request targets that are not URLs,
 * percent garbage, very long targets, odd methods and versions, hostile Host, Origin,
 * Cookie, Authorization, Upgrade and Sec-WebSocket-* headers, wrong lengths and chunking,
 * pipelined and truncated requests, and connections reset mid-request.
 *
 * None of it may change the database: operations that write are only ever sent as
 * forgeries (the real cookie, but from another page or not as JSON), which must be
 * refused with exactly 403 or 415 (`expect`).
 */

export type Target = 'app' | 'phone';

export interface HostileConnection {
  target: Target;
  bytes: Buffer;
  /** Readable start of the bytes, for failure messages. */
  preview: string;
  requests: number;
  upgrades: number;
  ending: 'fin' | 'reset';
  /** The statuses the first response must have, when that is known. */
  expect?: number[];
}

interface Context {
  appPort: number;
  phonePort: number;
  token: string;
  room: string;
  workshopId: string;
}

const WRITE_OPS = ['workshop:create', 'room:close', 'workshop:delete', 'participant:add', 'run:start', 'room:open'];
const READ_OPS = ['workshop:list', 'workshop:get', 'room:status', 'no:such', '__proto__', 'constructor', '%E0%A4%A', '%', ''];

const text = (max: number) => fc.string({ unit: 'binary', maxLength: max });
const ascii = (max: number) => fc.string({ unit: 'grapheme-ascii', maxLength: max });
/** Mostly what an HTTP parser lets through (so the request reaches the server's own code), sometimes anything. */
const value = (max: number) => fc.oneof({ arbitrary: ascii(max), weight: 4 }, { arbitrary: text(max), weight: 1 });
/** Usually one of the given values, sometimes a hostile one. */
const usually = <T>(likely: fc.Arbitrary<T>, other: fc.Arbitrary<T>) => fc.oneof({ arbitrary: likely, weight: 3 }, { arbitrary: other, weight: 1 });
/** The value, or undefined (absent) with the given probability. */
const absentOr = <T>(a: fc.Arbitrary<T>, pAbsent: number) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: Math.round(pAbsent * 100) }, { arbitrary: a, weight: Math.round((1 - pAbsent) * 100) });
const percentGarbage = fc
  .array(
    fc.constantFrom('%', '%E0', '%A4', '%A', '%ZZ', '%00', '%2e', '%2F', '%5C', '%C0%AE', '%FF', '/', '[', ']', '@', ':', '?', '#', '\\', '..', 'a', '=', '&'),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

function targets(ctx: Context) {
  const prefixes = ['', '/', '//', '/api/op/', '/api/export/', '/api/ws?', '/p/ws?room=', '/j/', '/?token=', '/assets/', 'http://', 'http://['];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...READ_OPS).map((op) => `/api/op/${op}`), weight: 2 },
    { arbitrary: fc.tuple(fc.constantFrom(...prefixes), percentGarbage).map(([p, rest]) => p + rest), weight: 4 },
    fc.constantFrom(
      '//[',
      'http://[::1',
      'http://[',
      '//',
      '*',
      '/',
      '',
      ' ',
      'http://127.0.0.1:1/x',
      'HTTP://[::1]:80/',
      '/api/ws',
      '/p/ws',
      `/p/ws?room=${ctx.room}`,
      `/j/${ctx.room}`,
      '/join',
      '/assets/phone.js',
      `/?token=${ctx.token}`,
      '/?token=%E0%A4%A',
    ),
    fc.tuple(fc.constantFrom(...prefixes), fc.oneof(text(60), ascii(60))).map(([p, rest]) => p + rest),
    fc.integer({ min: 1000, max: 20_000 }).map((n) => `/${'a'.repeat(n)}`), // past the 16 KiB header limit, sometimes
  );
}

const methods = usually(
  fc.constantFrom('GET', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
  fc.oneof(fc.constantFrom('CONNECT', 'TRACE', 'PRI', 'get', ''), ascii(12)),
);
const versions = usually(fc.constantFrom('HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0'), fc.constantFrom('HTTP/2.0', 'HTTP/9.9', 'HTTP/1.1 extra', ''));
const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  '',
  ';;;',
  'application/json-seq',
);
const bodies = fc.oneof(
  { arbitrary: fc.json({ maxDepth: 3 }), weight: 4 },
  { arbitrary: text(300), weight: 4 },
  { arbitrary: fc.constant(''), weight: 2 },
  { arbitrary: fc.constant(`{"title":"${'x'.repeat(1024 * 1024 + 10)}"}`), weight: 1 }, // over the 1 MiB limit
);

type Header = [string, string];

function headerSets(ctx: Context, target: Target) {
  const port = target === 'app' ? ctx.appPort : ctx.phonePort;
  const other = target === 'app' ? ctx.phonePort : ctx.appPort;
  const own = `127.0.0.1:${port}`;
  const opt = <T>(a: fc.Arbitrary<T>) => absentOr(a, 0.25);
  return fc
    .record({
      host: opt(
        usually(
          fc.constantFrom(own, own, own, `localhost:${port}`),
          fc.oneof(fc.constantFrom(`127.0.0.1:${other}`, 'evil.example', '', `[::1]:${port}`, `${own}, ${own}`), value(40)),
        ),
      ),
      origin: opt(
        usually(fc.constantFrom(`http://${own}`, `http://localhost:${port}`), fc.oneof(fc.constantFrom(`http://127.0.0.1:${other}`, 'null'), value(40))),
      ),
      fetchSite: opt(fc.constantFrom('same-origin', 'same-site', 'cross-site', 'none', '')),
      cookie: opt(
        fc.oneof(
          fc.constantFrom(
            `cg_token=${ctx.token}`,
            `cg_token=${ctx.token}`,
            'cg_token=%E0%A4%A',
            `a=%; cg_token=%; cg_token=${ctx.token}`,
            'cg_token=',
            '=;=;;',
            'cg_token',
          ),
          percentGarbage.map((g) => `cg_token=${g}`),
          value(60),
        ),
      ),
      authorization: absentOr(fc.oneof(fc.constantFrom(`Bearer ${ctx.token}`, 'Bearer wrong', 'Bearer ', 'Basic Zm9vOmJhcg=='), value(60)), 0.85),
      contentType: opt(contentTypes),
      upgrade: fc.boolean(),
      connection: usually(fc.constantFrom('Upgrade', 'upgrade, keep-alive'), fc.constantFrom('keep-alive', 'close', '', 'Upgrade\u0000')),
      upgradeTo: usually(fc.constant('websocket'), fc.oneof(fc.constantFrom('WebSocket', 'h2c', ''), value(20))),
      wsVersion: opt(usually(fc.constant('13'), fc.oneof(fc.constantFrom('8', '', '13, 8'), value(8)))),
      wsKey: opt(usually(fc.constant('dGhlIHNhbXBsZSBub25jZQ=='), fc.oneof(fc.constantFrom('', '====', 'x'.repeat(200)), value(30)))),
      wsExtra: opt(
        fc.tuple(
          fc.constantFrom('Sec-WebSocket-Extensions', 'Sec-WebSocket-Protocol'),
          fc.oneof(fc.constantFrom('permessage-deflate; client_max_window_bits', 'permessage-deflate; server_max_window_bits=99', 'a, b, , c'), value(40)),
        ),
      ),
      extra: fc.oneof(
        { arbitrary: fc.constant<Header[]>([]), weight: 3 },
        {
          arbitrary: fc.array(
            fc.tuple(
              fc.oneof(
                fc.constantFrom('X-Forwarded-For', 'Expect', 'Range', 'Accept-Encoding', 'Transfer-Encoding', 'Content-Length', 'Host', 'Origin', 'Cookie'),
                ascii(20),
              ),
              value(40),
            ),
            { maxLength: 3 },
          ),
          weight: 1,
        },
      ),
    })
    .map((h) => {
      const list: Header[] = [];
      const add = (name: string, value: string | undefined) => value !== undefined && list.push([name, value]);
      add('Host', h.host);
      add('Origin', h.origin);
      add('Sec-Fetch-Site', h.fetchSite);
      add('Cookie', h.cookie);
      add('Authorization', h.authorization);
      add('Content-Type', h.contentType);
      if (h.upgrade) {
        add('Connection', h.connection);
        add('Upgrade', h.upgradeTo);
        add('Sec-WebSocket-Version', h.wsVersion);
        add('Sec-WebSocket-Key', h.wsKey);
        if (h.wsExtra) add(...h.wsExtra);
      }
      list.push(...h.extra);
      return { list, upgrade: h.upgrade };
    });
}

type Framing = 'length' | 'none' | 'chunked' | 'short' | 'long' | 'negative' | 'garbage' | 'huge' | 'both' | 'bad-chunks';
const framings = usually(
  fc.constantFrom<Framing>('length', 'length', 'none', 'chunked'),
  fc.constantFrom<Framing>('short', 'long', 'negative', 'garbage', 'huge', 'both', 'bad-chunks'),
);

function frame(body: string, framing: Framing): { headers: Header[]; payload: string } {
  const n = Buffer.byteLength(body);
  const chunked = `${n.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
  switch (framing) {
    case 'length':
      return { headers: [['Content-Length', String(n)]], payload: body };
    case 'none':
      return { headers: [], payload: body };
    case 'chunked':
      return { headers: [['Transfer-Encoding', 'chunked']], payload: chunked };
    case 'short':
      return { headers: [['Content-Length', String(Math.max(0, n - 5))]], payload: body };
    case 'long':
      return { headers: [['Content-Length', String(n + 50)]], payload: body };
    case 'negative':
      return { headers: [['Content-Length', '-1']], payload: body };
    case 'garbage':
      return { headers: [['Content-Length', '1e3, 12']], payload: body };
    case 'huge':
      return { headers: [['Content-Length', '99999999999999999999']], payload: body };
    case 'both':
      return {
        headers: [
          ['Content-Length', String(n)],
          ['Transfer-Encoding', 'chunked'],
        ],
        payload: chunked,
      };
    case 'bad-chunks':
      return { headers: [['Transfer-Encoding', 'chunked']], payload: `zz\r\n${body}\r\n` };
  }
}

function serialise(method: string, target: string, version: string, headers: Header[], payload: string): string {
  return `${method} ${target} ${version}\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${payload}`;
}

/** Anything, except an operation that writes. */
function wildRequest(ctx: Context, target: Target) {
  return fc.record({ method: methods, path: targets(ctx), version: versions, headers: headerSets(ctx, target), body: bodies, framing: framings }).map((r) => {
    const { headers, payload } = frame(r.body, r.framing);
    return { text: serialise(r.method, r.path, r.version, [...r.headers.list, ...headers], payload), upgrade: r.headers.upgrade };
  });
}

/** A state change with the real cookie that a page on another port (or a form) could send: 403, or 415 when only the type is wrong. */
function forgedWrite(ctx: Context) {
  const own = `127.0.0.1:${ctx.appPort}`;
  const badOrigin = fc.oneof(
    fc
      .constantFrom(
        `http://127.0.0.1:${ctx.phonePort}`,
        'http://127.0.0.1:1',
        'null',
        `http://${own}.evil.example`,
        `https://${own}`,
        `http://${own}/`,
        `http://${own}, http://${own}`,
      )
      .map((o): Header[] => [['Origin', o]]),
    fc.constantFrom('same-site', 'cross-site', 'none', '').map((s): Header[] => [['Sec-Fetch-Site', s]]),
    fc.constant<Header[]>([]),
  );
  const notJson = fc.constantFrom(
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    '',
    'application/json-seq',
    'text/json',
  );
  return fc
    .record({
      op: fc.constantFrom(...WRITE_OPS),
      method: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH'),
      kind: fc.constantFrom('foreign-origin', 'not-json'),
      origin: badOrigin,
      type: fc.oneof(notJson, contentTypes),
      body: fc.constantFrom(
        JSON.stringify({ title: 'Forged' }),
        JSON.stringify({ workshopId: ctx.workshopId }),
        `{"workshopId":"${ctx.workshopId}","name":"Mallory","team":"sales"}`,
        'title=Forged',
      ),
    })
    .map((f) => {
      const foreign = f.kind === 'foreign-origin';
      const headers: Header[] = [['Host', own], ['Cookie', `cg_token=${ctx.token}`], ...(foreign ? f.origin : [['Origin', `http://${own}`] as Header])];
      const type = foreign ? f.type : f.type.startsWith('application/json;') || f.type === 'application/json' ? 'text/plain' : f.type;
      if (type) headers.push(['Content-Type', type]);
      headers.push(['Content-Length', String(Buffer.byteLength(f.body))]);
      return { text: serialise(f.method, `/api/op/${f.op}`, 'HTTP/1.1', headers, f.body), upgrade: false, expect: [foreign ? 403 : 415] };
    });
}

export function hostileConnection(ctx: Context): fc.Arbitrary<HostileConnection> {
  return fc.constantFrom<Target>('app', 'phone').chain((target) => {
    const wild = wildRequest(ctx, target);
    const requests = fc.oneof(
      { arbitrary: wild.map((w) => [w]), weight: 3 },
      { arbitrary: target === 'app' ? forgedWrite(ctx).map((f) => [f]) : wild.map((w) => [w]), weight: 1 },
      { arbitrary: fc.array(wild, { minLength: 1, maxLength: 3 }), weight: 1 }, // pipelined on one connection
    );
    return fc
      .record({ requests, cut: absentOr(fc.nat(), 0.8), ending: fc.constantFrom<'fin' | 'reset'>('fin', 'fin', 'fin', 'reset') })
      .map(({ requests, cut, ending }): HostileConnection => {
        let bytes = Buffer.from(requests.map((r) => r.text).join(''), 'utf8');
        if (cut !== undefined) bytes = bytes.subarray(0, cut % (bytes.length + 1)); // truncated
        const first = requests[0] as { expect?: number[] };
        const whole = cut === undefined && ending === 'fin' && requests.length === 1;
        return {
          target,
          bytes,
          preview: bytes.subarray(0, 300).toString('latin1'),
          requests: requests.length,
          upgrades: requests.filter((r) => r.upgrade).length,
          ending,
          ...(first.expect && whole ? { expect: first.expect } : {}),
        };
      });
  });
}
