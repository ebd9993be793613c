/**
 * Request bodies on the one-click unsubscribe route (RFC 8058): mail clients POST `List-Unsubscribe=One-Click`
 * as a form, others send nothing, JSON or something else, and the signed token in the query string is all that
 * counts, so there any body is accepted and ignored. Everywhere else JSON is parsed as before and a form body
 * or an unknown type stays 415, so a cross-site HTML form can never reach a JSON route.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, AppErrorCode } from '../errors/app-error';

const MAX_IGNORED_BODY_BYTES = 4096;

function unsupported(): Error {
  return Object.assign(new AppError(AppErrorCode.UNSUPPORTED_MEDIA_TYPE), { statusCode: 415 });
}

export function acceptAnyBodyOn(fastify: FastifyInstance, urls: readonly string[]): void {
  const allowed = new Set(urls);
  const lenient = (request: FastifyRequest) => allowed.has(request.routeOptions.url ?? '');

  const json = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (lenient(request)) return done(null, {});
    return json(request, String(body), done);
  });
  const ignoredOrRefused = (request: FastifyRequest, _body: unknown, done: (err: Error | null, body?: unknown) => void) => {
    if (lenient(request)) done(null, {});
    else done(unsupported(), undefined);
  };
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer', bodyLimit: MAX_IGNORED_BODY_BYTES }, ignoredOrRefused);
  fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_IGNORED_BODY_BYTES }, ignoredOrRefused);
}
