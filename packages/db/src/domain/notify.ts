/**
 * In-app notifications are rows written in the same transaction as the change they announce (like outbox
 * events), so a user never sees a status change without its notification or the reverse. The SPA words them
 * from `type` + `payload`; payloads carry ids and short labels, never another person's personal data.
 */
import type { Prisma } from '../generated/prisma/client';

export async function notify(
  tx: Prisma.TransactionClient,
  userIds: string | string[],
  type: string,
  payload: Prisma.InputJsonObject = {},
): Promise<void> {
  const ids = [...new Set(([] as string[]).concat(userIds))];
  if (ids.length === 0) return;
  await tx.notification.createMany({ data: ids.map((userId) => ({ userId, type, payload })) });
}
