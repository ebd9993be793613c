/**
 * Structured JSON logs (pino). Request logs carry method, route, status and timing only: headers that hold
 * credentials are redacted and bodies are never logged, so no personal data reaches the logs.
 */
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: stripQuery(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // 4xx are users' everyday mistakes (an expired session, a typo): info, not warn.
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    },
  };
}

/** Query strings may carry tokens or search terms about people: logged paths stop at '?'. */
function stripQuery(url: string): string {
  const i = url.indexOf('?');
  return i === -1 ? url : url.slice(0, i);
}
