/**
 * Collects the calls made in one turn of the event loop and serves them with ONE call of `runMany`
 * (one SQL statement instead of one per caller), like DataLoader without the cache. `runMany` gets the
 * inputs in call order and returns one result per input, in the same order.
 */
export function createTickBatcher<Input, Result>(runMany: (inputs: Input[]) => Promise<Result[]>) {
  let pending: Array<{ input: Input; resolve: (result: Result) => void; reject: (error: unknown) => void }> = [];

  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const results = await runMany(batch.map((item) => item.input));
      batch.forEach((item, i) => item.resolve(results[i]));
    } catch (error) {
      batch.forEach((item) => item.reject(error));
    }
  };

  return (input: Input) =>
    new Promise<Result>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ input, resolve, reject });
    });
}
