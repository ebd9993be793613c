/**
 * The one exception filter: every error leaves as the API.md body in the caller's language. Client errors are
 * answered as such; anything unexpected becomes a 500 with an `errorId` that is logged with the stack, so a
 * user can quote it and nobody sees internals.
 */
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { translateMessage, type ErrorBody, type Locale } from '@talents/shared';
import { AppError, AppErrorCode, HTTP_STATUS, errorMessage } from './app-error';
import { ValidationFailed } from '../validation/zod-validation.pipe';
import { localiseIssues } from '../validation/localise-issues';
import { requestLocale } from '../http/request-locale';

const REASON: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** HTTP statuses Nest or Fastify raise themselves, mapped to our codes for a translated message. */
const STATUS_CODE: Record<number, AppErrorCode> = {
  400: AppErrorCode.VALIDATION_FAILED,
  401: AppErrorCode.UNAUTHENTICATED,
  403: AppErrorCode.FORBIDDEN,
  404: AppErrorCode.NOT_FOUND,
  409: AppErrorCode.CONFLICT,
  429: AppErrorCode.TOO_MANY_REQUESTS,
  503: AppErrorCode.SERVICE_UNAVAILABLE,
};

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const locale = requestLocale(request.headers['accept-language']);
    const body = this.toBody(exception, locale, request);
    reply.status(body.statusCode).send(body);
  }

  toBody(exception: unknown, locale: Locale, request?: FastifyRequest): ErrorBody {
    if (exception instanceof ValidationFailed) {
      return build(400, errorMessage(AppErrorCode.VALIDATION_FAILED, locale), localiseIssues(exception.issues, locale));
    }
    if (exception instanceof AppError) {
      const details = exception.details?.map((d) => ({ field: d.field, message: translateMessage(d.message, locale) }));
      return build(HTTP_STATUS[exception.code], errorMessage(exception.code, locale), details, exception.code);
    }
    if (exception instanceof HttpException) {
      return fromStatus(exception.getStatus(), locale);
    }
    const fastifyStatus = clientErrorStatus(exception);
    if (fastifyStatus) return fromStatus(fastifyStatus, locale);
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ err: describe(exception) }, 'a dependency (database or search engine) is unreachable');
      return build(503, errorMessage(AppErrorCode.SERVICE_UNAVAILABLE, locale));
    }
    const errorId = randomUUID();
    this.logger.error({ errorId, method: request?.method, route: request?.routeOptions?.url, err: exception }, 'unhandled error');
    return { ...build(500, `${errorMessage(AppErrorCode.INTERNAL, locale)} (${errorId})`), errorId };
  }
}

function build(statusCode: number, message: string, details?: ErrorBody['details'], code?: string): ErrorBody {
  const body: ErrorBody & { code?: string } = { statusCode, error: REASON[statusCode] ?? 'Error', message };
  if (code) body.code = code;
  if (details?.length) body.details = details;
  return body;
}

function fromStatus(status: number, locale: Locale): ErrorBody {
  const code = STATUS_CODE[status];
  const message = code ? errorMessage(code, locale) : REASON[status] ?? 'Error';
  return build(status, message);
}

/** Fastify's own 4xx (malformed JSON, wrong content type, body too large) carry a statusCode < 500. */
function clientErrorStatus(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** Node socket errors, Prisma's connection codes and PostgreSQL SQLSTATEs that mean "the database is not there". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'P1001', 'P1002', 'P1017', '57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_MESSAGE = /Connection terminated|connect ECONNREFUSED|not currently accepting connections|Can't reach database server|timeout exceeded when trying to connect|terminating connection due to administrator command/i;

/**
 * A database outage reaches us in several wrappings: a pg error, Prisma's known-request error around it (raw
 * queries: code P2010 with the SQLSTATE in `meta.code`), or a driver-adapter error with the pg error as `cause`.
 * Look through them all (a few levels deep) for a code or message that means the database is unreachable.
 */
function isDatabaseUnavailable(exception: unknown, depth = 0): boolean {
  const err = exception as { code?: unknown; message?: unknown; meta?: unknown; cause?: unknown; originalCode?: unknown } | null;
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const codes = [err.code, err.originalCode].filter((c): c is string => typeof c === 'string');
  if (codes.some((c) => UNAVAILABLE_CODES.has(c) || c.startsWith('08'))) return true;
  if (typeof err.message === 'string' && UNAVAILABLE_MESSAGE.test(err.message)) return true;
  return isDatabaseUnavailable(err.meta, depth + 1) || isDatabaseUnavailable(err.cause, depth + 1);
}

function describe(exception: unknown): string {
  return exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception);
}
