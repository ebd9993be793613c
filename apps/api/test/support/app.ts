/** Boots the real application (same factory as production) for supertest, and small session helpers. */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { randomBytes } from 'node:crypto';
import { createApp } from '../../src/app.factory';
import { hashPassword } from '../../src/auth/secrets';
import { PrismaService } from '../../src/common/prisma/prisma.service';
import { latestMailTo, linkToken } from './mail';

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  prisma: PrismaService;
  close(): Promise<void>;
}

export async function startApp(): Promise<TestApp> {
  const app = await createApp();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: request(app.getHttpServer()),
    prisma: app.get(PrismaService),
    close: () => app.close(),
  };
}

export const STRONG_PASSWORD = 'Correct-Horse-42';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${randomBytes(5).toString('hex')}@example.fr`;
}

/** Registers, verifies through the e-mailed link and logs in; returns the access token and refresh cookie. */
export async function signUp(t: TestApp, role: 'CANDIDATE' | 'RECRUITER' = 'CANDIDATE') {
  const email = uniqueEmail(role.toLowerCase());
  await t.http.post('/api/auth/register').send({ email, password: STRONG_PASSWORD, role }).expect(201);
  const token = linkToken(await latestMailTo(email), '/verify-email');
  await t.http.post('/api/auth/verify-email').send({ token }).expect(204);
  const login = await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
  return { email, accessToken: login.body.accessToken as string, userId: login.body.user.id as string, cookie: refreshCookie(login) };
}

export function refreshCookie(res: { headers: Record<string, unknown> }): string {
  const setCookie = ([] as string[]).concat((res.headers['set-cookie'] as string[] | string | undefined) ?? []);
  const cookie = setCookie.find((c) => c.startsWith('talents_rt='));
  if (!cookie) throw new Error('no refresh cookie in response');
  return cookie.split(';')[0]!;
}

/** Admins are never created through the API (only by the CLI): the test writes one, then logs in. */
export async function adminToken(t: TestApp): Promise<string> {
  const email = uniqueEmail('admin');
  await t.prisma.user.create({ data: { email, role: 'ADMIN', passwordHash: await hashPassword(STRONG_PASSWORD), emailVerifiedAt: new Date() } });
  const res = await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
  return res.body.accessToken as string;
}
