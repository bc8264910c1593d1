import { execFileSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';
import { afterEach } from 'vitest';

const undo: (() => void)[] = [];
afterEach(() => {
  for (const u of undo.splice(0).reverse()) u();
});

/**
 * Make a file or folder really read-only for this process: permission bits,
 * and for root (whom permission bits do not stop) the immutable attribute.
 * Undone after each test, so the temp folder can be removed.
 */
export function makeReadOnly(path: string): void {
  const mode = statSync(path).mode & 0o777;
  chmodSync(path, statSync(path).isDirectory() ? 0o555 : 0o444);
  undo.push(() => chmodSync(path, mode));
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', path]);
    undo.push(() => execFileSync('chattr', ['-i', path]));
  }
}
