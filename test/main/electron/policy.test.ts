import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../src/main/electron/constants';
import {
  devServerOrigin,
  externalHttpsUrl,
  isAllowedNavigation,
  isPermissionAllowed,
  isTrustedUrl,
  originOf,
  trustedOrigins,
} from '../../../src/main/electron/policy';

describe('originOf', () => {
  it('builds scheme://host for the custom scheme (URL.origin would be "null")', () => {
    expect(originOf('app://common-ground/index.html#/present/w1')).toBe('app://common-ground');
    expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173');
  });
  it('returns null for junk, host-less URLs and credentials', () => {
    expect(originOf('')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
    expect(originOf(42)).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('app://user:pw@common-ground/')).toBeNull();
  });
});

describe('isTrustedUrl (IPC sender frames)', () => {
  it('trusts pages of app://common-ground', () => {
    expect(isTrustedUrl('app://common-ground/index.html')).toBe(true);
    expect(isTrustedUrl('app://common-ground/')).toBe(true);
  });
  it('refuses look-alikes, other schemes and missing senders', () => {
    for (const url of [
      'app://common-ground.evil.com/index.html',
      'app://evil-common-ground/',
      'app://common-ground:8080/',
      // Chromium canonicalises the host of a standard scheme to lower case, so
      // a real sender never looks like this: compared exactly, it is refused.
      'app://COMMON-GROUND/index.html',
      'https://common-ground/index.html',
      'http://localhost:5173/',
      'file:///work/out/renderer/index.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      'javascript:alert(1)',
      '',
      undefined,
      null,
    ]) {
      expect(isTrustedUrl(url), String(url)).toBe(false);
    }
  });
  it('accepts the dev server only when it is in the given origin list', () => {
    const origins = trustedOrigins('http://localhost:5173');
    expect(isTrustedUrl('http://localhost:5173/index.html', origins)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/index.html', origins)).toBe(false);
    expect(isTrustedUrl('app://common-ground/index.html', origins)).toBe(true);
  });
});

describe('devServerOrigin / trustedOrigins', () => {
  it('accepts plain http on loopback only', () => {
    expect(devServerOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://192.168.1.5:5173')).toBeNull();
    expect(devServerOrigin('https://localhost:5173')).toBeNull();
    expect(devServerOrigin('http://localhost.evil.com:5173')).toBeNull();
    expect(devServerOrigin(undefined)).toBeNull();
  });
  it('always includes the app origin and nothing else in production', () => {
    expect(trustedOrigins()).toEqual([APP_ORIGIN]);
    expect(trustedOrigins('http://example.com')).toEqual([APP_ORIGIN]);
  });
});

describe('isAllowedNavigation', () => {
  it('allows staying inside the app', () => {
    expect(isAllowedNavigation('app://common-ground/index.html#/workshops')).toBe(true);
  });
  it('denies leaving the app', () => {
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('app://other/index.html')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });
});

describe('externalHttpsUrl', () => {
  it('passes https links, normalised', () => {
    expect(externalHttpsUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(externalHttpsUrl('HTTPS://Example.COM')).toBe('https://example.com/');
  });
  it('refuses everything else', () => {
    for (const url of [
      'http://example.com/',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'file:///etc/passwd',
      'app://common-ground/index.html',
      'smb://server/share',
      'ms-msdt:/id',
      'https://user:pw@example.com/',
      'https://',
      '//example.com',
      'example.com',
      'https://exa mple.com',
      '',
      undefined,
      { toString: () => 'https://example.com' },
    ]) {
      expect(externalHttpsUrl(url), String(url)).toBeNull();
    }
  });
});

describe('isPermissionAllowed', () => {
  it('allows fullscreen for the app', () => {
    expect(isPermissionAllowed('fullscreen', 'app://common-ground')).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'app://common-ground/index.html')).toBe(true);
  });
  it('denies other permissions even for the app', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'display-capture', 'unknown']) {
      expect(isPermissionAllowed(p, 'app://common-ground'), p).toBe(false);
    }
  });
  it('denies fullscreen to other origins', () => {
    expect(isPermissionAllowed('fullscreen', 'https://example.com')).toBe(false);
    expect(isPermissionAllowed('fullscreen', '')).toBe(false);
  });
});
