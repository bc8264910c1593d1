import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveRendererPath } from '../../../src/main/electron/static-files';

const root = '/opt/cg/out/renderer';

describe('resolveRendererPath', () => {
  it('maps app URLs to files inside the root', () => {
    expect(resolveRendererPath(root, 'app://common-ground/index.html')).toEqual({ ok: true, filePath: `${root}/index.html` });
    expect(resolveRendererPath(root, 'app://common-ground/assets/index-abc.js?v=1#x')).toEqual({
      ok: true,
      filePath: `${root}/assets/index-abc.js`,
    });
    expect(resolveRendererPath(root, 'app://common-ground/assets/My%20Font.woff2')).toEqual({
      ok: true,
      filePath: `${root}/assets/My Font.woff2`,
    });
  });
  it('serves index.html for the bare origin', () => {
    expect(resolveRendererPath(root, 'app://common-ground/')).toEqual({ ok: true, filePath: `${root}/index.html` });
    expect(resolveRendererPath(root, 'app://common-ground')).toEqual({ ok: true, filePath: `${root}/index.html` });
  });
  it('refuses other hosts and schemes', () => {
    expect(resolveRendererPath(root, 'app://evil/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveRendererPath(root, 'file:///opt/cg/out/renderer/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveRendererPath(root, 'https://common-ground/index.html')).toEqual({ ok: false, status: 404 });
  });
  it('refuses traversal, plain and encoded', () => {
    for (const url of [
      'app://common-ground/../../etc/passwd',
      'app://common-ground/assets/../../../etc/passwd',
      'app://common-ground/%2e%2e/%2e%2e/etc/passwd',
      'app://common-ground/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://common-ground/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://common-ground/..%5c..%5cwindows%5cwin.ini',
      'app://common-ground/assets%2F..%2F..%2Frenderer-secrets',
    ]) {
      const result = resolveRendererPath(root, url);
      expect(result.ok, url).toBe(false);
    }
  });
  it('never returns a path outside the root, whatever the URL normaliser did', () => {
    // WHATWG URL resolves /../ itself; whatever is left must stay under root.
    const r = resolveRendererPath(root, 'app://common-ground/../../etc/passwd');
    if (r.ok) expect(r.filePath.startsWith(`${root}/`)).toBe(true);
  });
  it('refuses absolute-looking paths, drive letters, backslashes and NUL', () => {
    for (const url of [
      'app://common-ground/C:/Windows/win.ini',
      'app://common-ground/C%3A%5CWindows%5Cwin.ini',
      'app://common-ground/%5C%5Cserver%5Cshare',
      'app://common-ground/index.html%00.png',
    ]) {
      expect(resolveRendererPath(root, url).ok, url).toBe(false);
    }
    // A doubled slash is not an escape: it stays inside the root.
    expect(resolveRendererPath(root, 'app://common-ground//etc/passwd')).toEqual({ ok: true, filePath: `${root}/etc/passwd` });
  });
  it('answers 400 for malformed encoding and unparsable URLs', () => {
    expect(resolveRendererPath(root, 'app://common-ground/%E0%A4%A')).toEqual({ ok: false, status: 400 });
    expect(resolveRendererPath(root, 'not a url')).toEqual({ ok: false, status: 400 });
  });
  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Common Ground\\resources\\app.asar\\out\\renderer';
    expect(resolveRendererPath(winRoot, 'app://common-ground/assets/a.js', path.win32)).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\a.js`,
    });
    expect(resolveRendererPath(winRoot, 'app://common-ground/%2e%2e/%2e%2e/x', path.win32).ok).toBe(false);
    expect(resolveRendererPath(winRoot, 'app://common-ground/D:/x', path.win32).ok).toBe(false);
    expect(resolveRendererPath(winRoot, 'app://common-ground/..%5Cx', path.win32).ok).toBe(false);
  });
  it('does not confuse a sibling folder with the same prefix for the root', () => {
    // /opt/cg/out/renderer-evil starts with the root string but is outside it.
    const r = resolveRendererPath(root, 'app://common-ground/x');
    expect(r).toEqual({ ok: true, filePath: `${root}/x` });
    expect(resolveRendererPath(root, 'app://common-ground/..%2Frenderer-evil%2Fx').ok).toBe(false);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['/a/b/app-1a2b.js', 'text/javascript; charset=utf-8'],
    ['x.MJS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['photo.JPG', 'image/jpeg'],
    ['font.woff2', 'font/woff2'],
    ['font.ttf', 'font/ttf'],
    ['favicon.ico', 'image/x-icon'],
    ['mod.wasm', 'application/wasm'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
  it('falls back to octet-stream for unknown, missing or dot-file extensions', () => {
    expect(mimeTypeFor('archive.xyz')).toBe('application/octet-stream');
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
    expect(mimeTypeFor('/a/.html')).toBe('application/octet-stream');
    expect(mimeTypeFor('C:\\dir.js\\file')).toBe('application/octet-stream');
  });
});

describe('resolveRendererPath (property)', () => {
  const segment = fc.oneof(
    fc.constantFrom('..', '.', '%2e%2e', '%2E.', '.%2e', '%2f', '%5c', '..%2f', '..%5c', 'assets', 'index.html', '', '%00', 'C:', '%'),
    fc.string({ maxLength: 6 }),
  );
  it('either refuses or returns a path strictly inside the root', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.constantFrom(path.posix, path.win32), (parts, pathModule) => {
        const base = pathModule === path.win32 ? 'C:\\cg\\renderer' : root;
        const result = resolveRendererPath(base, `app://common-ground/${parts.join('/')}`, pathModule);
        if (result.ok) expect(result.filePath.startsWith(base + pathModule.sep)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
