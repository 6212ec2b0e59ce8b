import { z } from '@strapi/utils';
import { paginationMeta, parseListQuery, type ListSpec } from '../../packages/plugin-kit/src/list-query';
import { refusalCode } from '../../packages/plugin-kit/src/error-codes';
import { numericIdentifiers } from '../../packages/plugin-kit/src/identifier-audit';

/** A Koa-like context: only what parseListQuery reads and sets. */
const ctxOf = (query: Record<string, unknown>) => {
  const headers: Record<string, string> = {};
  return { query, headers, set: (name: string, value: string) => (headers[name.toLowerCase()] = value) };
};

const postsSpec: ListSpec = {
  filters: {
    status: { ops: ['$eq', '$in'], value: z.enum(['draft', 'published']) },
    title: { ops: ['$containsi'], value: z.string().max(100) },
    createdAt: { ops: ['$gte', '$lt'], value: z.coerce.date() },
  },
  sort: ['createdAt', 'title'],
  defaultSort: [{ field: 'createdAt', order: 'desc' }],
  locales: ['en', 'es'],
  extra: {
    near: z
      .string()
      .regex(/^\d{5}$/)
      .optional(),
  },
  legacy: { page: z.coerce.number().int().min(1), pageSize: z.coerce.number().int().min(1), q: z.string().max(100) },
};

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error: any) {
    return { name: error.name, message: error.message as string, details: error.details };
  }
  throw new Error('expected a refusal');
};

describe('list query (Strapi REST list parameters)', () => {
  it('reads pagination[page]/[pageSize], sort, filters and locale', () => {
    const list = parseListQuery(
      ctxOf({
        pagination: { page: '3', pageSize: '10' },
        sort: ['title:asc', 'createdAt:DESC'],
        filters: { status: { $in: ['draft', 'published'] }, title: { $containsi: 'rally' } },
        locale: 'es',
      }),
      postsSpec
    );
    expect(list).toMatchObject({
      offset: 20,
      limit: 10,
      mode: 'page',
      withCount: true,
      sort: [
        { field: 'title', order: 'asc' },
        { field: 'createdAt', order: 'desc' },
      ],
      filters: { status: { $in: ['draft', 'published'] }, title: { $containsi: 'rally' } },
      locale: 'es',
      legacy: false,
    });
    expect(paginationMeta(list, 45)).toEqual({ page: 3, pageSize: 10, pageCount: 5, total: 45 });
  });

  it('reads start/limit and answers the same form; a bare filter value means $eq; defaults apply', () => {
    const list = parseListQuery(ctxOf({ pagination: { start: '5', limit: '2' }, filters: { status: 'draft' }, sort: 'title' }), postsSpec);
    expect(list).toMatchObject({ offset: 5, limit: 2, mode: 'offset', filters: { status: { $eq: 'draft' } } });
    expect(paginationMeta(list, 9)).toEqual({ start: 5, limit: 2, total: 9 });

    const plain = parseListQuery(ctxOf({}), postsSpec);
    expect(plain).toMatchObject({ offset: 0, limit: 25, sort: [{ field: 'createdAt', order: 'desc' }], filters: {} });
    expect(paginationMeta({ ...plain, withCount: false }, 100)).toEqual({ page: 1, pageSize: 25 });
  });

  it('takes the parameters from before the conventions with a Deprecation header', () => {
    const ctx = ctxOf({ page: '2', pageSize: '5', q: 'town hall' });
    const list = parseListQuery(ctx, postsSpec);
    expect(list).toMatchObject({ offset: 5, limit: 5, legacy: true, extra: { q: 'town hall' } });
    expect(ctx.headers.deprecation).toBe('true');
  });

  it.each([
    [{ filters: { author: 'x' } }, 'cannot be filtered by "author"'],
    [{ filters: { constructor: 'x' } }, 'cannot be filtered by "constructor"'],
    [{ filters: { toString: { $eq: 'x' } } }, 'cannot be filtered by "toString"'],
    [{ filters: { title: { $eq: 'x' } } }, 'takes $containsi; not $eq'],
    [{ filters: { status: 'archived' } }, 'Invalid filters[status][$eq]'],
    [{ sort: 'password:asc' }, 'cannot be sorted by "password"'],
    [{ sort: 'title:sideways' }, 'Invalid sort'],
    [{ pagination: { page: '1', limit: '5' } }, 'not both'],
    [{ pagination: { pageSize: '101' } }, 'Invalid pagination[pageSize]'],
    [{ pagination: { offset: '5' } }, 'Unknown pagination parameter: offset'],
    [{ locale: 'fr' }, 'locale is one of en, es'],
    [{ populate: '*' }, 'Unknown query parameter: populate'],
    [{ near: 'Concord' }, 'Invalid query'],
    [{ page: '2', pagination: { page: '2' } }, 'deprecated spelling'],
  ])('refuses %j with invalid_query', (query, message) => {
    const refused = refusal(() => parseListQuery(ctxOf(query), postsSpec));
    expect(refused.name).toBe('ValidationError');
    expect(refused.message).toContain(message);
    expect(refused.details.code).toBe('invalid_query');
  });

  it('refuses a locale on a list without campaign text', () => {
    expect(refusal(() => parseListQuery(ctxOf({ locale: 'en' }), {})).message).toContain('takes no locale');
  });
});

describe('refusal codes', () => {
  it("prefers the thrower's code, then its reason, then the error class, then the status", () => {
    expect(refusalCode(422, 'UnprocessableEntityError', { code: 'contribution_limit_reached', reason: 'limit' })).toBe(
      'contribution_limit_reached'
    );
    expect(refusalCode(409, 'ConflictError', { reason: 'lease-lost' })).toBe('lease_lost');
    expect(refusalCode(409, 'ConflictError', { reason: 'leaseInProgress' })).toBe('lease_in_progress');
    expect(refusalCode(403, 'ForbiddenError', {})).toBe('forbidden');
    expect(refusalCode(405, undefined, undefined)).toBe('method_not_allowed');
    expect(refusalCode(418, 'TeapotError', undefined)).toBe('invalid_request');
  });
});

describe('numeric identifiers in answers', () => {
  it('finds id-named keys holding numbers, however deep, and nothing else', () => {
    const answer = {
      data: {
        documentId: 'abc123',
        id: 7,
        title: 'Rally',
        page: { pageId: 3, slug: 'pat', ownerDocumentId: 'u1' },
        shifts: [{ documentId: 's1', capacity: 12 }, { shift_id: 4 }],
        memberIds: [1, 2],
        stripe: { paymentIntentId: 'pi_123' },
        question: { id: 'support' },
      },
      meta: { pagination: { page: 1, total: 2 } },
    };
    expect(numericIdentifiers(answer)).toEqual(['data.id', 'data.page.pageId', 'data.shifts[1].shift_id', 'data.memberIds']);
  });
});
