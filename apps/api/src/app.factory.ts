/**
 * Builds the HTTP application exactly as production runs it; tests call the same function, so what is tested is
 * what ships (plugins, prefix, filters, OpenAPI).
 */
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppModule } from './app.module';
import { loadConfig } from './common/config/app-config';
import { RedisService } from './common/redis/redis.service';
import { MetricsService } from './metrics/metrics.service';
import { acceptAnyBodyOn } from './common/http/lenient-body';
import { UNSUBSCRIBE_PATH } from './alerts/alert-unsubscribe.controller';
import { cookieSecret } from './queues/dashboard-session';
import { mountQueueDashboard } from './queues/queue-dashboard';

const MAX_JSON_BODY = 1024 * 1024;
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export async function createApp(): Promise<NestFastifyApplication> {
  const config = loadConfig();
  const adapter = new FastifyAdapter({ bodyLimit: MAX_JSON_BODY, trustProxy: config.TRUST_PROXY });
  // bodyParser off: Fastify's own JSON parser (same limits, proto-poisoning refused) and no global form parser,
  // which Nest would otherwise add to every route (see common/http/lenient-body.ts).
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  // Nest flushes its start-up log buffer only in listen(); tests never listen, so without this every Nest
  // Logger line (the exception filter's `unhandled error` with its errorId included) stayed buffered there.
  app.flushLogs();
  const fastify = app.getHttpAdapter().getInstance();
  const metrics = app.get(MetricsService);
  // Latency per route pattern; the raw URL is never a label (it may carry ids or search terms).
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  await app.register(fastifyHelmet, {
    // The API serves JSON; the Swagger UI page is the only HTML and needs its inline bootstrap script.
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-inline'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] } },
  });
  // Answers to signed-in calls and to the auth routes carry personal data or tokens: no browser or shared cache
  // may keep them (ASVS 8.2.1). Routes that choose their own policy (public feeds, KPIs) keep it.
  fastify.addHook('onSend', async (request, reply) => {
    if (!reply.hasHeader('cache-control') && (request.headers.authorization || request.url.startsWith('/api/auth/'))) {
      reply.header('Cache-Control', 'no-store');
    }
  });
  const origins = [config.WEB_URL, ...config.CORS_EXTRA_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)].map((o) => o.replace(/\/$/, ''));
  await app.register(fastifyCors, { origin: origins, credentials: true });
  // The secret signs the queue dashboard's session cookie only; the refresh cookie is an opaque token.
  await app.register(fastifyCookie, { secret: cookieSecret(config) });
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  acceptAnyBodyOn(fastify, [UNSUBSCRIBE_PATH]);

  // Routes marked `rateLimit: 'auth'` get the per-IP auth limit; the counter lives in Redis so several API
  // processes share it, and a Redis outage lets requests through rather than locking everyone out.
  fastify.addHook('onRoute', (route) => {
    const routeConfig = route.config as { rateLimit?: unknown } | undefined;
    if (routeConfig?.rateLimit === 'auth') {
      routeConfig.rateLimit = { max: config.AUTH_RATE_LIMIT_MAX, timeWindow: config.AUTH_RATE_LIMIT_WINDOW_SECONDS * 1000 };
    }
  });
  await app.register(fastifyRateLimit, {
    global: false,
    redis: app.get(RedisService).client,
    nameSpace: config.RATE_LIMIT_NAMESPACE,
    skipOnError: true,
    errorResponseBuilder: (_req, context) => ({ statusCode: 429, error: 'Too Many Requests', message: `Trop de tentatives. Réessayez dans ${Math.ceil(context.ttl / 1000)} s.` }),
  });

  app.setGlobalPrefix('api');
  await mountQueueDashboard(app);
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Banque des talents — API')
      .setDescription('Talent bank of the Hauts-de-France digital sector. Errors: {statusCode, error, message, details[]}.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .addCookieAuth('talents_rt')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(document), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
