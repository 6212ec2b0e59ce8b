import { createTickBatcher } from '../../packages/plugin-kit/src/tick-batcher';

describe('tick batcher', () => {
  it('serves the calls of one event-loop turn with one run, each caller getting its own result', async () => {
    const runs: number[][] = [];
    const double = createTickBatcher(async (inputs: number[]) => {
      runs.push(inputs);
      return inputs.map((n) => n * 2);
    });
    expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6]);
    expect(await double(10)).toBe(20);
    expect(runs).toEqual([[1, 2, 3], [10]]);
  });

  it('rejects every caller of a failed run, and later calls run afresh', async () => {
    let fail = true;
    const load = createTickBatcher(async (inputs: string[]) => {
      if (fail) throw new Error('db down');
      return inputs.map((s) => s.toUpperCase());
    });
    const results = await Promise.allSettled([load('a'), load('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await load('c')).toBe('C');
  });
});
