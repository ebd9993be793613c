/** The error every API call throws: the server's error body (API.md), or a network failure (statusCode 0). */
import type { ErrorBody } from '@talents/shared';

export type ApiErrorDetail = NonNullable<ErrorBody['details']>[number];

export class ApiError extends Error {
  readonly statusCode: number;
  readonly error: string;
  readonly details: ApiErrorDetail[];
  readonly errorId?: string;

  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.statusCode = body.statusCode;
    this.error = body.error;
    this.details = body.details ?? [];
    this.errorId = body.errorId;
  }

  /** The request never got an HTTP answer (offline, API down, proxy refused). */
  static network(cause: unknown): ApiError {
    const error = new ApiError({ statusCode: 0, error: 'NetworkError', message: '' });
    error.cause = cause;
    return error;
  }

  get isNetworkError(): boolean {
    return this.statusCode === 0;
  }

  /** Builds the error from a failed response, tolerating bodies that are not the documented shape (proxy pages). */
  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => null);
    if (isErrorBody(body)) return new ApiError(body);
    return new ApiError({ statusCode: response.status, error: response.statusText, message: '' });
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ErrorBody>;
  return typeof candidate.statusCode === 'number' && typeof candidate.message === 'string';
}
