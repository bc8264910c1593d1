// Timing spans around the core, for bench:votes: the server code is unchanged, the
// bench hands the transports a core whose methods time themselves. A phone vote is
// committed when `transactBatch` returns (the group commit; its acks are sent right
// after), so wrapping it gives each vote's commit time exactly.
import type { Core } from '../../src/main/core';

/** One clock for the main thread and the phones' worker (both threads of this process). */
export const clock = () => performance.timeOrigin + performance.now();

/** A person's first stored answer: the moment the projector's "n responded" should grow. */
export interface FirstVote {
  /** Date.now() when its group commit returned: the clock Chromium's pages share with this process. */
  wallEnd: number;
  /** People with at least one stored answer once this batch committed. */
  respondents: number;
}

export function instrumentCore(core: Core) {
  const spans = new Map<string, number[]>();
  const record = (label: string, ms: number) => {
    const list = spans.get(label) ?? [];
    list.push(ms);
    spans.set(label, list);
  };
  /** How long each stored vote's group commit took (one entry per vote, not per batch). */
  const commitPerVote: number[] = [];
  /** When each group commit returned (clock()), once per stored vote. */
  const voteCommittedAt: number[] = [];
  const firstVotes: FirstVote[] = [];
  let respondents = 0;
  let recording = true;

  const timed: Core = {
    ...core,
    dispatch(op, input) {
      const t0 = clock();
      const r = core.dispatch(op, input);
      if (recording) record(`dispatch ${String(op)}`, clock() - t0);
      return r;
    },
    transact(label, fn) {
      const t0 = clock();
      const r = core.transact(label, fn);
      if (recording) record(`transact ${label}`, clock() - t0);
      return r;
    },
    transactBatch(label, fns, locales) {
      const start = clock();
      const results = core.transactBatch(label, fns, locales);
      const end = clock();
      if (!recording) return results;
      record(`group commit (${label})`, end - start);
      const wallEnd = Date.now();
      let fresh = 0;
      for (const r of results) {
        if (!r.ok) continue;
        commitPerVote.push(end - start);
        voteCommittedAt.push(end);
        // A phone's answers after this write (the ack's `mine`): one item means its first answer,
        // as the bench's phones each answer different items and never clear one.
        const mine = r.value as Record<string, unknown> | null;
        if (mine && Object.keys(mine).length === 1) fresh++;
      }
      respondents += fresh;
      for (let i = 0; i < fresh; i++) firstVotes.push({ wallEnd, respondents });
      return results;
    },
  };
  return {
    core: timed,
    spans,
    commitPerVote,
    voteCommittedAt,
    firstVotes,
    stop() {
      recording = false;
    },
  };
}

export const percentile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * p) - 1))]! : NaN;
};

/** Busy time per span label over a window, biggest first: where the main thread's time went. */
export function spanTable(spans: Map<string, number[]>, windowMs: number): string[] {
  return [...spans.entries()]
    .map(([label, xs]) => ({ label, n: xs.length, total: xs.reduce((a, b) => a + b, 0), p50: percentile(xs, 0.5), p99: percentile(xs, 0.99) }))
    .sort((a, b) => b.total - a.total)
    .map(
      (s) =>
        `  ${s.label.padEnd(34)} n=${String(s.n).padStart(5)} total=${s.total.toFixed(0).padStart(6)} ms (${((100 * s.total) / windowMs).toFixed(1)}% of ${windowMs.toFixed(0)} ms) p50=${s.p50.toFixed(2)} p99=${s.p99.toFixed(2)}`,
    );
}
