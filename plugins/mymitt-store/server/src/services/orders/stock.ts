import type { Core } from '@strapi/strapi';
import { TABLES, UIDS, type Knex } from '../tables';

/**
 * Stock that never goes below zero: each take is ONE conditional UPDATE (`stock = stock - n WHERE
 * stock >= n`). On PostgreSQL a concurrent UPDATE of the row waits for the first to commit and then
 * re-checks the WHERE; SQLite runs one writer at a time. The count of rows changed says who got units.
 */
export async function takeStock(trx: Knex, variantId: number, qty: number): Promise<boolean> {
  const changed = await trx(TABLES.variants).where('id', variantId).where('stock', '>=', qty).decrement('stock', qty);
  return Number(changed) === 1;
}

export async function returnStock(trx: Knex, variantId: number, qty: number) {
  await trx(TABLES.variants).where('id', variantId).increment('stock', qty);
}

/** The held reservations of an order become committed (paid); replays change nothing. */
export async function commitReservations(trx: Knex, orderId: number) {
  return Number(await trx(TABLES.reservations).where({ order_id: orderId, status: 'held' }).update({ status: 'committed' }));
}

/**
 * Returns the units an order still holds. Each reservation is claimed by its own conditional UPDATE
 * (`held` → `released`) before its units go back, so two sweepers (two app instances) or a sweeper
 * and a cancel never return the same units twice.
 */
export async function releaseReservations(trx: Knex, orderId: number) {
  const held = await trx(TABLES.reservations).where({ order_id: orderId, status: 'held' }).select('id', 'variant_id', 'qty');
  let units = 0;
  for (const reservation of held) {
    const claimed = await trx(TABLES.reservations).where({ id: reservation.id, status: 'held' }).update({ status: 'released' });
    if (Number(claimed) !== 1) continue;
    await returnStock(trx, reservation.variant_id, Number(reservation.qty));
    units += Number(reservation.qty);
  }
  return units;
}

/**
 * The expiry sweep: pending orders past their hold are cancelled and their units returned. The order
 * is claimed first (`pending` → `cancelled`, one winner across instances), in one transaction with the
 * release, so a payment landing meanwhile either finds it pending (and wins) or cancelled.
 */
export async function releaseExpiredOrders(strapi: Core.Strapi, now = new Date(), batch = 200) {
  const expired = (await strapi.db.query(UIDS.order).findMany({
    where: { status: 'pending', expiresAt: { $lt: now } },
    select: ['id'],
    orderBy: { id: 'asc' },
    limit: batch,
  })) as Array<{ id: number }>;
  let orders = 0;
  let units = 0;
  for (const { id } of expired) {
    await strapi.db.transaction(async ({ trx }) => {
      const claimed = await trx(TABLES.orders).where({ id, status: 'pending' }).update({ status: 'cancelled', cancelled_at: now });
      if (Number(claimed) !== 1) return;
      orders += 1;
      units += await releaseReservations(trx, id);
    });
  }
  return { orders, units };
}
