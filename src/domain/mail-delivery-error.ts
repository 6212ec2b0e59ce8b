/** The mail relay refused a message or could not be reached; `temporary` for SMTP 4xx and network failures. */
export class MailDeliveryError extends Error {
  readonly responseCode: number | undefined;
  readonly temporary: boolean;

  constructor(cause: unknown) {
    const failure = (cause ?? {}) as { message?: string; responseCode?: number };
    super(failure.message ?? String(cause), { cause });
    this.name = 'MailDeliveryError';
    this.responseCode = typeof failure.responseCode === 'number' ? failure.responseCode : undefined;
    this.temporary = this.responseCode === undefined || (this.responseCode >= 400 && this.responseCode < 500);
  }
}

export function isMailDeliveryError(error: unknown): error is MailDeliveryError {
  return error instanceof Error && error.name === 'MailDeliveryError';
}
