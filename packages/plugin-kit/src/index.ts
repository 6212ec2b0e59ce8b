export { adminOnly, type AdminRoute } from './admin-route';
export { afterCommit, settleAfterCommitEffects } from './after-commit';
export { conflict } from './conflict-error';
export { forbidden } from './forbidden-error';
export { csvCell, csvDocument, csvLine, csvLines, csvNumber, CsvNumber, type CsvValue } from './csv';
export { sharedMemoizedAuth, toStrapiRoute, type FeatureRoute } from './feature-route';
export { createMemoizedSupporterAuth, MEMOIZED_AUTH_TTL_MS } from './memoized-supporter-auth';
export { withSavepoint } from './savepoint';
export { allowSharedCache, sendPreserialized, type PreserializedAnswer } from './shared-cache';
export { createTtlCache } from './ttl-cache';
export { isUniqueViolation } from './unique-violation';
export { isUsStateCode, US_STATE_CODES, US_STATES, type UsStateCode } from './us-states';
export { countRequest, type WindowDecision, type WindowState } from './fixed-window';
export { ipRateLimit, type RateLimitSettings } from './ip-rate-limit';
export { unprocessable } from './unprocessable-error';
export { unavailable } from './unavailable-error';
export { createTickBatcher } from './tick-batcher';
export { renderSupporterMarkdown, supporterMarkdown } from './supporter-markdown';
export { withoutControlCharacters } from './control-characters';
export { refuseControlCharacters, type ControlCharacterOptions } from './refuse-control-characters';
export { graphemeLength, graphemes, initialOf, truncateGraphemes } from './graphemes';
export { numberedPlaceholders, preparedBuilder, preparedQuery } from './prepared-statement';
export { firstRowOf, rowCount, rowDate, rowJson, rowsOf, type DbBoolean, type DbCount, type DbDate, type DbJson } from './raw-rows';
export type { RequestContext } from './request-context';
export { errorCodes, refusalCode } from './error-codes';
export { dataMetaEnvelope, unwrapDataBody } from './rest-envelope';
export {
  filterValue,
  paginationMeta,
  parseListQuery,
  type FilterField,
  type FilterOperator,
  type ListExtra,
  type ListQuery,
  type ListSpec,
  type PaginationMeta,
  type SortTerm,
} from './list-query';
export { identifierAudit, numericIdentifiers } from './identifier-audit';
export { routeDocumentation, type RouteDocumentation } from './route-documentation';
export { instant, listQueryDocs, queryValueDoc } from './list-docs';
export {
  emitDomainEvent,
  onDomainEvent,
  publishDomainEvent,
  type DomainListenerOptions,
  type DomainEventName,
  type DomainEvents,
  type DonationMoved,
  type GroupJoined,
  type PageCreated,
  type SupporterActed,
  type SupporterRecruited,
} from './domain-events';
export {
  drainOutbox,
  enqueueOutbox,
  outboxOptionsFromEnv,
  pruneOutbox,
  registerOutboxHandler,
  startOutbox,
  stopOutbox,
  wakeOutbox,
  type OutboxDb,
  type OutboxEntry,
  type OutboxHandler,
  type OutboxItem,
  type OutboxOptions,
} from './outbox/outbox';
export { countOutboxItems, listOutboxItems, retryOutboxItem, type OutboxItemView, type OutboxStatus } from './outbox/outbox-admin';
export { DEFAULT_RETRY_POLICY, nextAttemptAt, type RetryPolicy } from './outbox/backoff';
export { ensureOutboxTables, OUTBOX_TABLE, SUPPRESSIONS_TABLE } from './outbox/tables';
export {
  COMMON_PLACEHOLDERS,
  deliverNoticeNow,
  NOTICE_LOCALES,
  noticeDefinitions,
  registerNotice,
  sendNotice,
  setNoticeTemplateSource,
  type LoadedNotice,
  type NoticeDefinition,
  type NoticeLocale,
  type NoticeRecipient,
  type NoticeTemplateSource,
} from './notices/registry';
export { isNoticeLocale, noticeContext, recipientLocale, sitePageUrl, type NoticeContext } from './notices/notice-context';
export { emailOfUnsubscribeToken, isSuppressed, resumeNotices, suppressNotices, unsubscribeToken } from './notices/suppressions';
export { composeNotice, placeholdersIn, renderHtml, renderText, type NoticeText, type NoticeVars, type RenderedNotice } from './notices/template';
