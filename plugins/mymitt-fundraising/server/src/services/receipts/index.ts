import receipts from './receipts';

export default { receipts };
