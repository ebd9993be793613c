/**
 * The KPI daily aggregates never drift from the source tables: after days were aggregated, writes that change
 * those past days (a profile edit, a late pipeline move, a closing, a reply, a back-dated registration) mark
 * them dirty, the next document shows the change, and it equals a document rebuilt from scratch. Dated in 2005:
 * after kpis.e2e-spec.ts's fixture (2000–2001, whose cumulative counts include every earlier registration of the
 * shared test database) and long before any suite's "now" rows, so no suite sees another's rows.
 */
import { randomBytes } from 'node:crypto';
import { markAllKpiDaysDirty } from '@talents/db';
import type { KpiCount, KpiDocument } from '@talents/shared';
import { adminToken, startApp, uniqueEmail, type TestApp } from './support/app';
import { randomSiren } from './support/marketplace';

const WINDOW = { from: '2005-03-01', to: '2005-04-30', groupBy: 'week' };
const at = (iso: string) => new Date(iso);
const count = (counts: KpiCount[], key: string) => counts.find((c) => c.key === key)?.count ?? 0;

describe('KPI daily aggregates', () => {
  let t: TestApp;
  let admin: string;
  const ids: Record<string, string> = {};

  const kpis = async (): Promise<KpiDocument> =>
    (await t.http.get('/api/admin/kpis').query(WINDOW).set('Authorization', `Bearer ${admin}`).expect(200)).body;
  const dirtyDays = async () =>
    (await t.prisma.kpiDirtyDay.findMany({ where: { day: { lte: at('2005-12-31') } } })).map((d) => d.day.toISOString().slice(0, 10)).sort();

  async function candidate(key: string, createdAt: string, basinCode: string) {
    const user = await t.prisma.user.create({ data: { email: uniqueEmail('agg'), role: 'CANDIDATE', createdAt: at(createdAt) } });
    const profile = await t.prisma.candidateProfile.create({
      data: { userId: user.id, firstName: 'Léa', lastName: `Agg-${randomBytes(3).toString('hex')}`, basinCode, gender: 'FEMALE', roleFamilies: { create: [{ roleFamilyCode: 'DEV' }] } },
    });
    ids[key] = profile.id;
  }

  beforeAll(async () => {
    t = await startApp();
    admin = await adminToken(t);
    await candidate('lea', '2005-03-10T09:00:00Z', 'LILLE');
    await candidate('ines', '2005-03-11T09:00:00Z', 'LILLE');
    await candidate('zoe', '2005-04-02T09:00:00Z', 'AMIENS');
    const company = await t.prisma.company.create({
      data: { name: `Agg ${randomBytes(3).toString('hex')}`, siren: randomSiren(), size: 'MICRO', basinCode: 'LILLE', createdAt: at('2005-03-03T10:00:00Z'), verifiedAt: at('2005-03-04T10:00:00Z') },
    });
    const offer = (publishedAt: string) =>
      t.prisma.offer.create({
        data: {
          companyId: company.id, title: 'Développeur·se', description: 'Offre de test.', roleFamilyCode: 'DEV', contractType: 'CDI', basinCode: 'LILLE',
          remotePolicy: 'HYBRID', salaryMin: 30000, salaryMax: 40000, experienceLevel: 'JUNIOR', status: 'PUBLISHED', publishedAt: at(publishedAt),
        },
      });
    ids.offer1 = (await offer('2005-03-05T10:00:00Z')).id;
    ids.offer2 = (await offer('2005-03-06T10:00:00Z')).id;
    for (const [key, who, day] of [['app1', 'lea', '2005-03-12'], ['app2', 'ines', '2005-03-13']] as const) {
      const app = await t.prisma.application.create({
        data: { offerId: ids.offer1!, candidateId: ids[who]!, createdAt: at(`${day}T10:00:00Z`), statusChanges: { create: [{ toStatus: 'APPLIED', createdAt: at(`${day}T10:00:00Z`) }] } },
      });
      ids[key] = app.id;
    }
    const request = await t.prisma.contactRequest.create({
      data: { companyId: company.id, candidateId: ids.zoe!, message: 'Bonjour', status: 'PENDING', createdAt: at('2005-04-03T10:00:00Z') },
    });
    ids.request = request.id;
  });
  afterAll(() => t.close());

  it('shows changes made to already aggregated days, and agrees with a rebuild from scratch', async () => {
    const first = await kpis();
    expect(await dirtyDays()).toEqual([]);
    expect(first.totals).toMatchObject({ candidatesRegistered: 3, companiesRegistered: 1, companiesVerified: 1, offersPublished: 2, offersFilled: 0, applications: 2, contactRequests: 1, contactRequestsPending: 1 });
    expect(count(first.breakdowns.candidates.basin, 'LILLE')).toBe(2);
    expect(first.funnel.map((s) => s.count)).toEqual([2, 0, 0, 0, 0]);
    expect(first.gender.applicants.total).toBe(2);

    // Weeks later, the past changes.
    await t.prisma.candidateProfile.update({ where: { id: ids.lea }, data: { basinCode: 'AMIENS' } });
    await t.prisma.candidateRoleFamily.create({ data: { candidateId: ids.lea!, roleFamilyCode: 'SALES' } });
    await t.prisma.application.update({
      where: { id: ids.app1 },
      data: { status: 'INTERVIEW', statusChanges: { create: [{ fromStatus: 'APPLIED', toStatus: 'INTERVIEW', createdAt: at('2005-05-02T10:00:00Z') }] } },
    });
    await t.prisma.offer.update({ where: { id: ids.offer2 }, data: { status: 'CLOSED', closeReason: 'FILLED', closedAt: at('2005-04-20T10:00:00Z') } });
    await t.prisma.contactRequest.update({ where: { id: ids.request }, data: { status: 'ACCEPTED' } });
    await candidate('late', '2005-03-10T15:00:00Z', 'LENS'); // imported later, registered that day
    // A back-dated earlier application of Inès: one more application, still two applicants.
    await t.prisma.application.create({ data: { offerId: ids.offer2!, candidateId: ids.ines!, createdAt: at('2005-03-01T10:00:00Z') } });
    // Registration days of the edited profiles, the application's day, the offer's publication and closing
    // days, the request's day.
    // Plus the back-dated application's day and the day of Inès's next application (its predecessor changed).
    expect(await dirtyDays()).toEqual(['2005-03-01', '2005-03-06', '2005-03-10', '2005-03-12', '2005-03-13', '2005-04-03', '2005-04-20']);

    const second = await kpis();
    expect(second.totals).toMatchObject({ candidatesRegistered: 4, applications: 3, offersFilled: 1, contactRequestsAccepted: 1, contactRequestsPending: 0, contactAcceptanceRate: 1 });
    expect(count(second.breakdowns.candidates.basin, 'LILLE')).toBe(1);
    expect(count(second.breakdowns.candidates.basin, 'AMIENS')).toBe(2);
    expect(count(second.breakdowns.candidates.roleFamily, 'SALES')).toBe(1);
    expect(second.funnel.map((s) => s.count)).toEqual([3, 1, 1, 0, 0]);
    expect(second.gender.applicants.total).toBe(2);
    expect(await dirtyDays()).toEqual([]);

    // The same document from aggregates rebuilt from nothing: the incremental path lost nothing.
    await t.prisma.kpiDailyCount.deleteMany({ where: { day: { lte: at('2005-12-31') } } });
    await markAllKpiDaysDirty(t.prisma);
    expect(await kpis()).toEqual(second);
  });
});
