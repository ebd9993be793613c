/**
 * An offer closed (a recruiter closed it, a hire filled it, it expired): each candidate whose application was
 * still open gets a mail. The in-app notification is already written by closeOffer (@talents/db) in the
 * closing transaction, so this handler only queues the mails; the dedupe key per offer and candidate makes a
 * re-delivered event send nothing twice.
 */
import { z } from 'zod';
import { enqueueMail } from '../mail/mail-job';
import { defineEventHandler, type EventHandlerDefinition } from './event-handlers';

/** Same list as closeOffer's: applications still waiting for an outcome. */
const OPEN_APPLICATION_STATUSES = ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER'] as const;

const offerClosedMail = defineEventHandler({
  id: 'mail.offer-closed-applicants',
  version: 1,
  eventType: 'offer.closed',
  payloadSchema: z.object({ companyId: z.string().optional(), reason: z.string().optional() }).passthrough(),
  handle: async (event, ctx) => {
    const applications = await ctx.prisma.application.findMany({
      where: { offerId: event.aggregateId, status: { in: [...OPEN_APPLICATION_STATUSES] } },
      select: { candidate: { select: { userId: true } } },
    });
    for (const { candidate } of applications) {
      await enqueueMail(
        ctx.mail.queue,
        { template: 'application.offer-closed', userId: candidate.userId, params: { offerId: event.aggregateId } },
        `offer-closed:${event.aggregateId}:${candidate.userId}`,
        ctx.mail.attempts,
      );
    }
    ctx.logger.info({ mails: applications.length }, 'offer closed: applicants mailed');
  },
});

export const offerClosedHandlers: readonly EventHandlerDefinition[] = [offerClosedMail] as EventHandlerDefinition[];
