import receipt from './receipt/schema.json';

/** Donor receipts, one per paid gift or installment. */
export default { receipt: { schema: receipt } };
