import product from './product/schema.json';
import variant from './variant/schema.json';
import salesGoal from './sales-goal/schema.json';

/** What staff edit in the content manager: products (en/es, draft & publish), their variants, sales goals. */
export default {
  product: { schema: product },
  variant: { schema: variant },
  'sales-goal': { schema: salesGoal },
};
