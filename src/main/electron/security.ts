// Session- and web-contents-wide security handlers (Electron's checklist).
import { app, session, shell, type WebContents } from 'electron';
import { externalHttpsUrl, isAllowedNavigation, isPermissionAllowed } from './policy';

function openIfHttps(url: string): void {
  const safe = externalHttpsUrl(url);
  if (safe) void shell.openExternal(safe); // eng-disable OPEN_EXTERNAL_JS_CHECK (https only, parsed: policy.externalHttpsUrl)
}

/** Deny every permission except the allow-list, and only for trusted pages. */
export function applySessionSecurity(origins: readonly string[]): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, origins));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, origins));
}

/** Every web contents: no navigation away, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, origins: readonly string[]): void {
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url, origins)) return;
    event.preventDefault();
    openIfHttps(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfHttps(url);
    return { action: 'deny' };
  });
}

export function applySecurity(origins: readonly string[]): void {
  applySessionSecurity(origins);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins));
}
