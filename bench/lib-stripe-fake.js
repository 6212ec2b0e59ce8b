'use strict';
/**
 * A tiny stand-in for api.stripe.com inside the bench server (the tests' fuller one is TypeScript):
 * it answers Checkout Session creation and reads, and lists what it created at GET /bench/sessions so
 * a bench's client can pay them with signed webhooks. Listens on 127.0.0.1 only.
 */
const http = require('http');

/** Stripe's form encoding, only the keys a checkout session needs. */
function sessionFrom(body, id, port) {
  const form = new URLSearchParams(body);
  let amountTotal = 0;
  for (let i = 0; form.has(`line_items[${i}][quantity]`); i += 1) {
    amountTotal += Number(form.get(`line_items[${i}][price_data][unit_amount]`)) * Number(form.get(`line_items[${i}][quantity]`));
  }
  return {
    id,
    object: 'checkout.session',
    mode: form.get('mode') ?? 'payment',
    status: 'open',
    payment_status: 'unpaid',
    amount_total: amountTotal,
    currency: 'usd',
    client_reference_id: form.get('client_reference_id'),
    metadata: { contributionId: form.get('metadata[contributionId]') },
    success_url: form.get('success_url'),
    cancel_url: form.get('cancel_url'),
    url: `http://127.0.0.1:${port}/checkout/${id}`,
  };
}

function startStripeFake() {
  const sessions = new Map();
  const byIdempotencyKey = new Map();
  let port = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const answer = (status, value) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const path = new URL(req.url, 'http://127.0.0.1').pathname;
      if (req.method === 'POST' && path === '/v1/checkout/sessions') {
        const key = req.headers['idempotency-key'];
        const session = (key && byIdempotencyKey.get(key)) ?? sessionFrom(body, `cs_bench_store_${sessions.size + 1}`, port);
        sessions.set(session.id, session);
        if (key) byIdempotencyKey.set(key, session);
        return answer(200, session);
      }
      const read = path.match(/^\/v1\/checkout\/sessions\/([^/]+)$/);
      if (req.method === 'GET' && read && sessions.has(read[1])) return answer(200, sessions.get(read[1]));
      if (req.method === 'GET' && path === '/bench/sessions') return answer(200, [...sessions.values()]);
      return answer(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${path})` } });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      port = server.address().port;
      resolve({ port, close: () => server.close() });
    })
  );
}

module.exports = { startStripeFake };
