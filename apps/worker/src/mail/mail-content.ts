/**
 * What each mail template needs, read from PostgreSQL by id at send time (the job carries ids only). A loader
 * returns null when the content is gone (the offer closed before an alert mail went out, every item of a digest
 * disappeared): the processor then skips the mail rather than sending something stale.
 */
import { newOpaqueToken, type DbClient, type Locale } from '@talents/db';
import type { AlertItem, TemplateData, TemplateName } from '@talents/mail';
import { z } from 'zod';

export interface MailLinks {
  webUrl: string;
}

export interface AlertRow {
  id: string;
  kind: 'OFFERS' | 'TALENTS';
  name: string;
  query: string;
  filters: unknown;
  frequency: 'INSTANT' | 'DAILY' | 'WEEKLY';
}

export interface LoadContext {
  prisma: DbClient;
  /** The recipient (account mails read their own row). */
  userId: string;
  now: Date;
  locale: Locale;
  links: MailLinks;
  /** Set for alert mails (the processor has checked that it is active and the recipient's). */
  alert: AlertRow | null;
  /** Filled by the processor for alert mails; loaders put it where the template wants it. */
  unsubscribeUrl: string;
}

interface TemplateLoader<K extends TemplateName> {
  params: z.ZodType;
  /** Alert templates need `alertId` on the job. */
  needsAlert: boolean;
  load(params: never, ctx: LoadContext): Promise<TemplateData[K] | null>;
}

function loader<K extends TemplateName, P extends z.ZodType>(def: { params: P; needsAlert: boolean; load(params: z.infer<P>, ctx: LoadContext): Promise<TemplateData[K] | null> }): TemplateLoader<K> {
  return def as TemplateLoader<K>;
}

const AlertInstantParams = z
  .object({ itemId: z.uuid().optional(), offerId: z.uuid().optional(), candidateId: z.uuid().optional() })
  .refine((p) => p.itemId ?? p.offerId ?? p.candidateId, 'itemId is required');

export const AlertDigestParams = z.object({
  deliveryIds: z.array(z.uuid()).min(1).max(50),
  /** Undigested matches left for a later digest. */
  remaining: z.number().int().min(0).default(0),
});

export const UnansweredNudgeParams = z.object({ companyId: z.uuid(), cutoff: z.iso.datetime({ offset: true }) });

const OfferClosedParams = z.object({ offerId: z.uuid() });

const ImportInvitationParams = z.object({ importId: z.uuid() });
/** `lastActivity`: epoch ms of the last activity the warning is about (a later login cancels the warning). */
const InactivityWarningParams = z.object({ archiveOn: z.iso.date(), lastActivity: z.number().int().nonnegative() });
/** An invitation link lasts two weeks (a reset link, one hour): learners do not read mail every day. */
export const INVITATION_TTL_MS = 14 * 24 * 3600 * 1000;

export const MAIL_LOADERS: { [K in TemplateName]?: TemplateLoader<K> } = {
  'import.invitation': loader<'import.invitation', typeof ImportInvitationParams>({
    params: ImportInvitationParams,
    needsAlert: false,
    async load(params, ctx) {
      const profile = await ctx.prisma.candidateProfile.findFirst({
        where: { userId: ctx.userId, importedFromJobId: params.importId, user: { passwordHash: null } },
        select: { firstName: true },
      });
      // Gone, or the person already chose a password (e.g. through "forgot password"): nothing to invite to.
      if (!profile) return null;
      // The set-password token is made now, at send time, so no token ever waits in Redis. It is a password-reset
      // token: the API's reset flow sets the password and marks the address verified.
      const { token, tokenHash } = newOpaqueToken();
      const expiresAt = new Date(ctx.now.getTime() + INVITATION_TTL_MS);
      await ctx.prisma.oneTimeToken.create({ data: { userId: ctx.userId, purpose: 'PASSWORD_RESET', tokenHash, expiresAt } });
      return { firstName: profile.firstName, link: `${ctx.links.webUrl}/reset-password?token=${token}`, expiresAt: expiresAt.toISOString() };
    },
  }),
  'account.inactivity-warning': loader<'account.inactivity-warning', typeof InactivityWarningParams>({
    params: InactivityWarningParams,
    needsAlert: false,
    async load(params, ctx) {
      // Logged in since the inactivity the warning is about: no warning. This does not look at warnedInactiveAt:
      // the retention task queues the mail before setting it (so a crash in between re-queues the same job), and
      // this job may well run before that update is committed.
      const user = await ctx.prisma.user.findUnique({ where: { id: ctx.userId }, select: { lastLoginAt: true, archivedAt: true } });
      if (!user || user.archivedAt || (user.lastLoginAt && user.lastLoginAt.getTime() > params.lastActivity)) return null;
      return { archiveOn: params.archiveOn, loginUrl: `${ctx.links.webUrl}/login` };
    },
  }),
  'alert.instant': loader<'alert.instant', typeof AlertInstantParams>({
    params: AlertInstantParams,
    needsAlert: true,
    async load(params, ctx) {
      const alert = ctx.alert!;
      const itemId = (params.itemId ?? params.offerId ?? params.candidateId)!;
      const [item] = await loadAlertItems(ctx, alert.kind, [itemId]);
      if (!item) return null;
      return { alertName: alert.name, item: item.item, searchUrl: searchUrl(ctx.links, alert), unsubscribeUrl: ctx.unsubscribeUrl };
    },
  }),
  'alert.digest': loader<'alert.digest', typeof AlertDigestParams>({
    params: AlertDigestParams,
    needsAlert: true,
    async load(params, ctx) {
      const alert = ctx.alert!;
      const deliveries = await ctx.prisma.alertDelivery.findMany({
        where: { id: { in: params.deliveryIds }, alertId: alert.id },
        select: { itemId: true },
        orderBy: { createdAt: 'asc' },
      });
      const items = await loadAlertItems(ctx, alert.kind, deliveries.map((d) => d.itemId));
      if (items.length === 0) return null;
      const frequency = alert.frequency === 'WEEKLY' ? 'WEEKLY' : 'DAILY';
      return { alertName: alert.name, frequency, items: items.map((i) => i.item), remaining: params.remaining, searchUrl: searchUrl(ctx.links, alert), unsubscribeUrl: ctx.unsubscribeUrl };
    },
  }),
  'nudge.unanswered-applications': loader<'nudge.unanswered-applications', typeof UnansweredNudgeParams>({
    params: UnansweredNudgeParams,
    needsAlert: false,
    async load(params, ctx) {
      const company = await ctx.prisma.company.findUnique({ where: { id: params.companyId }, select: { name: true } });
      if (!company) return null;
      // Re-read at send time: applications answered since the nudge was planned drop out.
      const groups = await ctx.prisma.application.groupBy({
        by: ['offerId'],
        where: unansweredWhere(params.companyId, new Date(params.cutoff)),
        _count: { _all: true },
        _min: { createdAt: true },
      });
      if (groups.length === 0) return null;
      const offers = await ctx.prisma.offer.findMany({ where: { id: { in: groups.map((g) => g.offerId) } }, select: { id: true, title: true } });
      const titles = new Map(offers.map((o) => [o.id, o.title]));
      const lines = groups
        .map((g) => ({ title: titles.get(g.offerId) ?? '', waiting: g._count._all, oldestAt: g._min.createdAt!.toISOString(), url: `${ctx.links.webUrl}/recruiter/offers/${g.offerId}/pipeline` }))
        .sort((a, b) => a.oldestAt.localeCompare(b.oldestAt));
      return { companyName: company.name, offers: lines, total: lines.reduce((sum, l) => sum + l.waiting, 0) };
    },
  }),
  'application.offer-closed': loader<'application.offer-closed', typeof OfferClosedParams>({
    params: OfferClosedParams,
    needsAlert: false,
    async load(params, ctx) {
      const offer = await ctx.prisma.offer.findUnique({ where: { id: params.offerId }, select: { title: true, status: true, company: { select: { name: true } } } });
      if (!offer || offer.status !== 'CLOSED') return null;
      return { offerTitle: offer.title, companyName: offer.company.name, applicationsUrl: `${ctx.links.webUrl}/candidate/applications`, offersUrl: `${ctx.links.webUrl}/offers` };
    },
  }),
};

/** Applications still in their initial status (APPLIED: nobody moved them) since `cutoff` or earlier. */
export function unansweredWhere(companyId: string, cutoff: Date) {
  return { status: 'APPLIED' as const, createdAt: { lte: cutoff }, offer: { companyId, status: 'PUBLISHED' as const } };
}

interface LoadedItem {
  id: string;
  /** Offers: their company (digests keep at most two per company). */
  companyId: string | null;
  item: AlertItem;
}

/** The items still worth mailing (published offers, visible active candidates), in the order of `ids`. */
export async function loadAlertItems(ctx: Pick<LoadContext, 'prisma' | 'locale' | 'links'>, kind: AlertRow['kind'], ids: string[]): Promise<LoadedItem[]> {
  const found = kind === 'OFFERS' ? await loadOffers(ctx, ids) : await loadTalents(ctx, ids);
  const byId = new Map(found.map((i) => [i.id, i]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function loadOffers(ctx: Pick<LoadContext, 'prisma' | 'links'>, ids: string[]): Promise<LoadedItem[]> {
  const offers = await ctx.prisma.offer.findMany({
    where: { id: { in: ids }, status: 'PUBLISHED', company: { suspendedAt: null } },
    select: { id: true, title: true, companyId: true, contractType: true, town: true, salaryMin: true, salaryMax: true, company: { select: { name: true } }, basin: { select: { label: true } } },
  });
  return offers.map((o) => ({
    id: o.id,
    companyId: o.companyId,
    item: {
      type: 'offer',
      title: o.title,
      companyName: o.company.name,
      contractType: o.contractType,
      place: o.town ?? o.basin.label,
      salaryMin: o.salaryMin,
      salaryMax: o.salaryMax,
      url: `${ctx.links.webUrl}/offers/${o.id}`,
    },
  }));
}

async function loadTalents(ctx: Pick<LoadContext, 'prisma' | 'locale' | 'links'>, ids: string[]): Promise<LoadedItem[]> {
  const profiles = await ctx.prisma.candidateProfile.findMany({
    where: { id: { in: ids }, visibility: { not: 'HIDDEN' }, user: { archivedAt: null, suspendedAt: null } },
    select: {
      id: true,
      headline: true,
      yearsOfExperience: true,
      basin: { select: { label: true } },
      roleFamilies: { select: { roleFamily: { select: { labelFr: true, labelEn: true } } }, take: 1 },
    },
  });
  return profiles.map((p) => {
    const family = p.roleFamilies[0]?.roleFamily;
    const fallback = family ? (ctx.locale === 'fr' ? family.labelFr : family.labelEn) : ctx.locale === 'fr' ? 'Profil' : 'Profile';
    return {
      id: p.id,
      companyId: null,
      // Never the name: the recruiter opens the profile on the site, where visibility rules apply.
      item: { type: 'talent', headline: p.headline ?? fallback, place: p.basin?.label ?? null, yearsOfExperience: p.yearsOfExperience, url: `${ctx.links.webUrl}/recruiter/talents/${p.id}` },
    };
  });
}

/** The site's search with the alert's criteria (the same names as the search pages' query string). */
export function searchUrl(links: MailLinks, alert: AlertRow): string {
  const query = new URLSearchParams();
  if (alert.query) query.set('q', alert.query);
  const filters = alert.filters && typeof alert.filters === 'object' ? (alert.filters as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries(filters)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') query.append(key, String(v));
    }
  }
  const path = alert.kind === 'OFFERS' ? '/offers' : '/recruiter/talents';
  const qs = query.toString();
  return `${links.webUrl}${path}${qs ? `?${qs}` : ''}`;
}
