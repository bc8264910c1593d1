import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../src/main/electron/policy';

// "Copy as image" on the console (#16) writes a PNG with navigator.clipboard.write, which Electron
// asks the session's permission handler for as 'clipboard-sanitized-write'. Allowed for the app
// only; reading the clipboard stays denied.
describe('the clipboard permission for Copy as image', () => {
  it('lets the app write an image to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://common-ground/index.html')).toBe(true);
  });
  it('never for another origin, and never reading', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', '')).toBe(false);
    expect(isPermissionAllowed('clipboard-read', 'app://common-ground/index.html')).toBe(false);
  });
});
