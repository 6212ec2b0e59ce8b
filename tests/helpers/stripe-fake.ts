import http from 'http';
import type { AddressInfo } from 'net';
import Stripe from 'stripe';
import type request from 'supertest';

/**
 * A local stand-in for api.stripe.com. The real Stripe SDK is pointed at it (host/port/protocol), so
 * tests exercise the same request encoding, idempotency headers and error handling as production.
 * It keeps Stripe's own idempotency rule: a repeated Idempotency-Key returns the first response.
 */
export interface RecordedStripeRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  params: Record<string, unknown>;
}

type Handler = (params: Record<string, any>, match: RegExpMatchArray) => { status?: number; body: unknown };

export interface StripeFake {
  port: number;
  requests: RecordedStripeRequest[];
  /** A Stripe client whose every call goes to this fake. */
  client(apiKey?: string): Stripe;
  /** Replaces or adds the answer to one route, e.g. to make a call fail; returns the undo. */
  on(method: string, path: RegExp, handler: Handler): () => void;
  close(): Promise<void>;
}

/** Decodes Stripe's form encoding (`line_items[0][price_data][currency]=usd`) into nested values. */
export function decodeStripeForm(body: string): Record<string, any> {
  const root: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.split(/\[|\]\[|\]/).filter((p) => p !== '');
    let node: any = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]);
      if (last) node[part] = value;
      else node = node[part] ??= nextIsIndex ? [] : {};
    });
  }
  return root;
}

function stripeError(status: number, message: string) {
  return { status, body: { error: { type: 'invalid_request_error', message } } };
}

export async function startStripeFake(): Promise<StripeFake> {
  const requests: RecordedStripeRequest[] = [];
  const idempotent = new Map<string, { status: number; body: unknown }>();
  const sessions = new Map<string, any>();
  let sequence = 0;
  let port = 0;

  const routes: Array<{ method: string; path: RegExp; handler: Handler }> = [
    {
      method: 'POST',
      path: /^\/v1\/checkout\/sessions$/,
      handler: (params) => {
        const id = `cs_test_${++sequence}`;
        const amountTotal = (params.line_items ?? []).reduce(
          (sum: number, item: any) => sum + Number(item.price_data?.unit_amount ?? 0) * Number(item.quantity ?? 1),
          0
        );
        const session = {
          id,
          object: 'checkout.session',
          mode: params.mode ?? 'payment',
          status: 'open',
          payment_status: 'unpaid',
          amount_total: amountTotal,
          currency: params.line_items?.[0]?.price_data?.currency ?? 'usd',
          client_reference_id: params.client_reference_id ?? null,
          customer_email: params.customer_email ?? null,
          metadata: params.metadata ?? {},
          success_url: params.success_url,
          cancel_url: params.cancel_url,
          url: `http://127.0.0.1:${port}/checkout/${id}`,
        };
        sessions.set(id, session);
        return { body: session };
      },
    },
    {
      method: 'GET',
      path: /^\/v1\/checkout\/sessions\/([^/]+)$/,
      handler: (_params, match) =>
        sessions.has(match[1]) ? { body: sessions.get(match[1]) } : stripeError(404, `No such checkout.session: '${match[1]}'`),
    },
    {
      method: 'POST',
      path: /^\/v1\/invoices\/([^/]+)\/(finalize|void)$/,
      handler: (_params, match) => ({
        body: { id: match[1], object: 'invoice', status: match[2] === 'void' ? 'void' : 'open', auto_advance: false },
      }),
    },
    {
      method: 'DELETE',
      path: /^\/v1\/subscriptions\/([^/]+)$/,
      handler: (_params, match) => ({
        body: { id: match[1], object: 'subscription', status: 'canceled', canceled_at: Math.floor(Date.now() / 1000) },
      }),
    },
    {
      method: 'POST',
      path: /^\/v1\/refunds$/,
      handler: (params) => ({
        body: {
          id: `re_test_${++sequence}`,
          object: 'refund',
          amount: Number(params.amount ?? 0),
          currency: 'usd',
          payment_intent: params.payment_intent ?? null,
          charge: params.charge ?? null,
          metadata: params.metadata ?? {},
          status: 'succeeded',
        },
      }),
    },
  ];

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const params = req.method === 'GET' ? decodeStripeForm(url.searchParams.toString()) : decodeStripeForm(raw);
      const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
      requests.push({ method: req.method ?? 'GET', path: url.pathname, idempotencyKey, params });

      const replayKey = idempotencyKey && `${req.method} ${url.pathname} ${idempotencyKey}`;
      let answer = replayKey ? idempotent.get(replayKey) : undefined;
      if (!answer) {
        const route = routes.find((r) => r.method === req.method && r.path.test(url.pathname));
        const result = route
          ? route.handler(params, url.pathname.match(route.path)!)
          : stripeError(404, `Unrecognized request URL (${req.method}: ${url.pathname})`);
        answer = { status: result.status ?? 200, body: result.body };
        if (replayKey) idempotent.set(replayKey, answer);
      }
      res.writeHead(answer.status, { 'Content-Type': 'application/json', 'Request-Id': `req_${requests.length}` });
      res.end(JSON.stringify(answer.body));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  return {
    port,
    requests,
    client(apiKey = 'sk_test_mymitt_fake') {
      return new Stripe(apiKey, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, telemetry: false });
    },
    on(method, path, handler) {
      const route = { method, path, handler };
      routes.unshift(route);
      return () => void routes.splice(routes.indexOf(route), 1);
    },
    close() {
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** A `Stripe-Signature` header for a webhook body, made the way Stripe makes it. */
export function signWebhook(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)) {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}

export const WEBHOOK_PATH = '/api/mymitt-fundraising/stripe/webhook';

/** Posts an event to the app's webhook exactly as Stripe does: the signed bytes, `Stripe-Signature`, JSON. */
export function postSignedEvent(app: { http(): ReturnType<typeof request> }, event: unknown, secret: string) {
  const payload = JSON.stringify(event);
  return app
    .http()
    .post(WEBHOOK_PATH)
    .set('Content-Type', 'application/json')
    .set('Stripe-Signature', signWebhook(payload, secret))
    .send(payload);
}

let chargeSequence = 0;

/**
 * The `charge.succeeded` event Stripe sends for a card payment: the charge carries the card's
 * fingerprint (`payment_method_details.card.fingerprint`, the same for one card number on every
 * payment of this account) and the payment intent's metadata.
 */
export function aChargeSucceeded(opts: { paymentIntentId: string; amountCents: number; fingerprint: string; contributionId?: number }) {
  chargeSequence += 1;
  const suffix = `${Date.now().toString(36)}${chargeSequence}`;
  return {
    id: `evt_test_charge_${suffix}`,
    object: 'event',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'charge.succeeded',
    data: {
      object: {
        id: `ch_test_${suffix}`,
        object: 'charge',
        amount: opts.amountCents,
        currency: 'usd',
        paid: true,
        status: 'succeeded',
        payment_intent: opts.paymentIntentId,
        metadata: opts.contributionId ? { contributionId: String(opts.contributionId) } : {},
        payment_method_details: {
          type: 'card',
          card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, fingerprint: opts.fingerprint, funding: 'credit' },
        },
      },
    },
  };
}

let checkoutSequence = 0;

/**
 * The `checkout.session.completed` event Stripe sends when a donor pays on hosted Checkout: a one-time
 * card payment of `amountCents` under `paymentIntentId` (null for a subscription), naming our
 * contribution in its metadata. `session` adds or replaces fields of the session object.
 */
export function aCheckoutCompleted(opts: {
  sessionId: string;
  amountCents: number;
  contributionId: number | string;
  paymentIntentId: string | null;
  session?: Record<string, unknown>;
}) {
  checkoutSequence += 1;
  return {
    id: `evt_test_checkout_${Date.now().toString(36)}${checkoutSequence}`,
    object: 'event',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'checkout.session.completed',
    data: {
      object: {
        id: opts.sessionId,
        object: 'checkout.session',
        mode: 'payment',
        status: 'complete',
        payment_status: 'paid',
        amount_total: opts.amountCents,
        currency: 'usd',
        payment_intent: opts.paymentIntentId,
        metadata: { contributionId: String(opts.contributionId) },
        ...opts.session,
      },
    },
  };
}
