import { useStrapi } from '../../helpers/strapi';
import { eventually } from '../../helpers/eventually';
import { useSandboxGateway } from '../../mymitt-fundraising/api/helpers';
import { aCheckout, aProduct, checkout, contributionOf, LEDGER, orderRow, STORE, stockOf } from './helpers';

/** Without Stripe keys the sandbox checkout stands in for Stripe: a guest buys end to end, events reach the real webhook. */
useSandboxGateway();
const app = useStrapi();

describe('guest checkout through the sandbox', () => {
  it('a guest pays on the sandbox page; the order becomes paid, the stock is committed, the order link shows it', async () => {
    const product = await aProduct(app, [{ size: 'S', priceCents: 2200, stock: 3 }]);
    const sku = product.variants[0].sku;
    const res = await checkout(app, aCheckout([{ sku, qty: 2 }], {}, { locale: 'es' }));
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ status: 'pending', totalCents: 4900 });
    const path = new URL(res.body.data.checkoutUrl).pathname;
    expect(path).toMatch(/^\/api\/mymitt-fundraising\/sandbox\/checkout\/cs_sandbox_/);
    expect((await app.http().get(path)).text).toContain('$49.00');
    expect(await stockOf(app, sku)).toBe(1);

    const paid = await app.http().post(`${path}/complete`).set('Accept', 'application/json');
    expect(paid.status).toBe(200);
    const documentId = res.body.data.documentId;
    expect(await eventually(async () => (await orderRow(app, documentId)).status, 'paid')).toBe('paid');
    const contribution = await contributionOf(app, res.body.data.contributionDocumentId);
    expect(contribution).toMatchObject({ purpose: 'order', status: 'succeeded', userId: null });
    const entries = await app.strapi.db.query(LEDGER).findMany({ where: { contributionId: contribution.id } });
    expect(entries.map((e: any) => [e.kind, Number(e.amountCents)])).toEqual([['charge', 4900]]);
    expect(await stockOf(app, sku)).toBe(1);

    const link = await app.http().get(`${STORE}/orders/${documentId}?token=${res.body.data.orderToken}`);
    expect(link.status).toBe(200);
    expect(link.body.data).toMatchObject({ status: 'paid', totalCents: 4900, lines: [{ sku, qty: 2, unitPriceCents: 2200, refundedCents: 0 }] });
    expect(link.body.data.paidAt).toEqual(expect.any(String));
  });
});
