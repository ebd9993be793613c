/**
 * Form bodies (`application/x-www-form-urlencoded`) are accepted on the listed routes only: the one-click
 * unsubscribe POST of mail clients (RFC 8058). Everywhere else they stay 415, so a cross-site HTML form can
 * never reach a JSON route.
 */
import type { FastifyInstance } from 'fastify';
import { AppError, AppErrorCode } from '../errors/app-error';

const MAX_FORM_BYTES = 4096;

export function acceptFormBodyOn(fastify: FastifyInstance, urls: readonly string[]): void {
  const allowed = new Set(urls);
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: MAX_FORM_BYTES }, (request, body, done) => {
    if (!allowed.has(request.routeOptions.url ?? '')) {
      done(Object.assign(new AppError(AppErrorCode.UNSUPPORTED_MEDIA_TYPE), { statusCode: 415 }), undefined);
      return;
    }
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
}
