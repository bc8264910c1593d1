import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/shared/api/result';
import { createWriteQueue } from '../../../src/main/server/write-queue';
import { call, dumpRows, testCore } from '../../helpers/core';

describe('group commit', () => {
  it('commits a batch together, and a refused write rolls back only itself', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Batch' });
    const events: string[] = [];
    core.subscribe((e) => events.push(e));
    const results = core.transactBatch('test', [
      (ctx) => ctx.db.prepare("UPDATE workshops SET goal = 'first' WHERE id = ?").run(w.id).changes,
      (ctx) => {
        ctx.db.prepare("UPDATE workshops SET location = 'half-done' WHERE id = ?").run(w.id);
        ctx.emit('workshop:changed', { workshopId: 'refused' });
        throw new DomainError('CONFLICT', 'No.');
      },
      (ctx) => {
        ctx.emit('workshop:changed', { workshopId: w.id });
        return ctx.db.prepare("UPDATE workshops SET facilitator = 'third' WHERE id = ?").run(w.id).changes;
      },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'No.' } });
    const after = call(core, 'workshop:get', { id: w.id }).workshop;
    expect([after.goal, after.location, after.facilitator]).toEqual(['first', '', 'third']);
    expect(events).toEqual(['workshop:changed']); // only the committed write's event
  });

  it('queues writes from one event-loop turn into one batch, in order', async () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Queue' });
    const before = dumpRows(core);
    let batches = 0;
    const original = core.transactBatch.bind(core);
    core.transactBatch = (label, fns) => {
      batches++;
      return original(label, fns);
    };
    const queue = createWriteQueue(core, 'test');
    const order: number[] = [];
    const writes = [1, 2, 3, 4].map((n) =>
      queue.write((ctx) => {
        order.push(n);
        if (n === 3) throw new DomainError('VALIDATION', 'bad');
        ctx.db.prepare('UPDATE workshops SET goal = goal || ? WHERE id = ?').run(String(n), w.id);
        return n;
      }),
    );
    const results = await Promise.all(writes);
    expect(batches).toBe(1);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false, true]);
    expect(call(core, 'workshop:get', { id: w.id }).workshop.goal).toBe('124');
    expect(dumpRows(core)).not.toBe(before);
  });
});
