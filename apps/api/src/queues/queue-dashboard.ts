/**
 * Mounts bull-board (the BullMQ dashboard) at /api/admin/queues, inside its own Fastify scope whose onRequest
 * hook admits only a valid dashboard session of an active admin (dashboard-session.ts). The routes are plain
 * Fastify routes, outside Nest's guards, so the hook is their only gate.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AllExceptionsFilter } from '../common/errors/all-exceptions.filter';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { requestLocale } from '../common/http/request-locale';
import { PrismaService } from '../common/prisma/prisma.service';
import { DASHBOARD_PATH, readDashboardSession } from './dashboard-session';
import { QueueRegistry } from './queue-registry.service';

export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const registry = app.get(QueueRegistry);
  const prisma = app.get(PrismaService);
  const errors = new AllExceptionsFilter();

  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: [...registry.queues.values()].map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Banque des talents' } },
  });

  const refuse = (request: FastifyRequest, reply: FastifyReply, code: AppErrorCode) =>
    reply.code(code === AppErrorCode.UNAUTHENTICATED ? 401 : 403).send(errors.toBody(new AppError(code), requestLocale(request.headers['accept-language'])));

  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (request, reply) => {
        const session = readDashboardSession(request);
        if (session === 'none') return refuse(request, reply, AppErrorCode.UNAUTHENTICATED);
        if (session === 'invalid') return refuse(request, reply, AppErrorCode.FORBIDDEN);
        const admin = await prisma.user.findFirst({ where: { id: session, role: 'ADMIN', suspendedAt: null, archivedAt: null }, select: { id: true } });
        if (!admin) return refuse(request, reply, AppErrorCode.FORBIDDEN);
        return undefined;
      });
      await scope.register(serverAdapter.registerPlugin());
    },
    { prefix: DASHBOARD_PATH },
  );
}
