/** A refusal the fetch client threw: its status, Strapi's message and the amounts `details` names, if any. */
export interface Refusal {
  status: number;
  message: string;
  details: { code?: string; remainingCents?: number; limitCents?: number; cashMaxCents?: number };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function refusalOf(error: unknown): Refusal | null {
  const response = isRecord(error) ? error.response : undefined;
  const body = isRecord(response) ? response.data : undefined;
  const envelope = isRecord(body) ? body.error : undefined;
  if (!isRecord(envelope) || typeof envelope.status !== 'number') return null;
  return {
    status: envelope.status,
    message: typeof envelope.message === 'string' ? envelope.message : '',
    details: isRecord(envelope.details) ? (envelope.details as Refusal['details']) : {},
  };
}
