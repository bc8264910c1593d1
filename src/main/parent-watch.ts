// Browser mode is started by npm (`npm run serve`), which on SIGTERM kills
// its shell but does not pass the signal on to us: the server would keep its
// port with nobody left to stop it. So watch the parent and stop with it.

// Read when this module loads, at startup: by the time the server is up and
// calls onParentExit, a killed parent may already have left us to init.
const startedBy = process.ppid;

/** Is `pid` still our parent? False once it has exited (we are re-parented, or it is gone). */
export function parentAlive(pid: number): boolean {
  if (process.ppid !== pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; ESRCH: it is gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Call `onGone` once, when the process that started this one has exited.
 * Polls every `intervalMs` on an unref'd timer (it never keeps the process
 * alive). Does nothing when started by init or a service manager (ppid 1).
 * `parent` defaults to the parent this process had when it started.
 * Returns a function that stops watching.
 */
export function onParentExit(onGone: () => void, intervalMs = 1000, parent = startedBy): () => void {
  if (parent <= 1) return () => {};
  const timer = setInterval(() => {
    if (parentAlive(parent)) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
