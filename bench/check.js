'use strict';
/**
 * `npm run bench -- --check`: a short guard against slips, run by CI. Each bench with `floors` is
 * measured briefly and its throughput compared, as a ratio, with the baselines measured beside it:
 * autocannon benches alternate one-second slices with each baseline they are held to (slow drift of a
 * shared machine then moves both sides alike); flows with their own client run once, between two short
 * floor measurements. A ratio under its floor fails (an autocannon bench is given one more try, since a
 * single slow second can sink it); so does a bench whose own correctness check fails.
 */
const { BENCHES } = require('./benches');

const SLICES = 3;
const SLICE_SECONDS = 2;

/** Requests per second of `requests`, over `seconds`. */
async function rate(drive, port, requests, seconds, connections) {
  const result = await drive({ port, requests, duration: seconds, connections });
  const failed = result.errors + result.timeouts + result.non2xx;
  return { count: result.requests.total, seconds, failed };
}

/** Alternating slices of the bench and each baseline it is held to; ratios of their rates. */
async function interleavedRatios({ drive, port, connections, seeds }, name, baselines) {
  const names = [name, ...baselines];
  const totals = Object.fromEntries(names.map((n) => [n, { count: 0, seconds: 0, failed: 0 }]));
  // Warm-up, not counted: caches filled, code optimised, connections open.
  for (const n of names) await rate(drive, port, BENCHES[n].requests(seeds[n]), SLICE_SECONDS, connections);
  for (let slice = 0; slice < SLICES; slice += 1) {
    for (const n of names) {
      const measured = await rate(drive, port, BENCHES[n].requests(seeds[n]), SLICE_SECONDS, connections);
      totals[n].count += measured.count;
      totals[n].seconds += measured.seconds;
      totals[n].failed += measured.failed;
    }
  }
  const perSecond = (n) => totals[n].count / totals[n].seconds;
  return {
    rps: perSecond(name),
    failed: totals[name].failed,
    ratios: Object.fromEntries(baselines.map((b) => [b, perSecond(name) / perSecond(b)])),
  };
}

function judge(name, floors, measured) {
  const shortfalls = Object.entries(floors)
    .filter(([baseline, least]) => !(measured.ratios[baseline] >= least))
    .map(([baseline, least]) => `${measured.ratios[baseline].toFixed(2)}x ${baseline} < ${least}x`);
  const shown = Object.entries(measured.ratios)
    .map(([baseline, value]) => `${value.toFixed(2)}x ${baseline} (floor ${floors[baseline]}x)`)
    .join(', ');
  return { name, ok: shortfalls.length === 0, text: `${measured.rps.toFixed(0)}/s = ${shown}`, shortfalls };
}

async function checkAutocannonBench(context, name) {
  const { floors, before } = BENCHES[name];
  // A precondition that fails (e.g. the site is not served yet) is one clear failure, not a load of 404s.
  const cannot = before ? await before(context.seeds[name], { port: context.port }) : undefined;
  if (cannot) return { name, ok: false, text: 'not measured', shortfalls: [cannot] };
  const baselines = Object.keys(floors);
  let verdict;
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const measured = await interleavedRatios(context, name, baselines);
    verdict = judge(name, floors, measured);
    if (measured.failed > 0) return { ...verdict, ok: false, shortfalls: [`${measured.failed} failed requests`] };
    if (verdict.ok) break;
  }
  const bench = BENCHES[name];
  const correct = bench.check ? await bench.check(context.seeds[name], undefined, { port: context.port }) : { ok: true };
  return correct.ok ? verdict : { ...verdict, ok: false, shortfalls: [...verdict.shortfalls, `check: ${correct.text}`] };
}

async function checkDrivenBench(context, name) {
  const bench = BENCHES[name];
  const floorRequests = BENCHES.floor.requests(context.seeds.floor);
  const before = await rate(context.drive, context.port, floorRequests, 2, context.connections);
  const result = await bench.drive({ port: context.port, seed: context.seeds[name] });
  const after = await rate(context.drive, context.port, floorRequests, 2, context.connections);
  const floorRate = (before.count + after.count) / (before.seconds + after.seconds);
  const verdict = judge(name, bench.floors, { rps: result.rps, ratios: { floor: result.rps / floorRate } });
  const verified = bench.verify ? await context.verifyInServer(name) : undefined;
  const correct = bench.check(context.seeds[name], result, verified);
  return correct.ok ? verdict : { ...verdict, ok: false, shortfalls: [...verdict.shortfalls, `check: ${correct.text}`] };
}

/** Runs the checks of `names` (those with floors) against a booted, seeded server; true when all pass. */
async function runChecks(context, names) {
  const verdicts = [];
  for (const name of names.filter((n) => BENCHES[n].floors)) {
    const verdict = BENCHES[name].drive ? await checkDrivenBench(context, name) : await checkAutocannonBench(context, name);
    console.log(
      `  ${verdict.ok ? 'ok  ' : 'FAIL'} ${name.padEnd(10)} ${verdict.text}${verdict.ok ? '' : ` — ${verdict.shortfalls.join('; ')}`}`
    );
    verdicts.push(verdict);
  }
  const failed = verdicts.filter((v) => !v.ok).length;
  console.log(`bench check: ${verdicts.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

module.exports = { runChecks };
