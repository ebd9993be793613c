/**
 * GET /admin/kpis against a known data set: every expected figure is recomputed here in plain JS from the
 * fixture arrays (Paris calendar via Intl), independently of the SQL, then compared with the endpoint.
 */
import type { KpiCount, KpiDocument } from '@talents/shared';
import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { APPLICATIONS, CANDIDATES, COMPANIES, CONTACTS, HIRES, OFFERS, WINDOW, seedKpiFixture } from './kpis-fixture';

const parisDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
const monthOf = (iso: string) => `${parisDay(iso).slice(0, 7)}-01`;
const weekOf = (iso: string) => {
  const day = new Date(`${parisDay(iso)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
};
const inWindow = (iso: string | null | undefined) => !!iso && parisDay(iso) >= WINDOW.from && parisDay(iso) <= WINDOW.to;
const before = (iso: string) => parisDay(iso) < WINDOW.from;
const tally = <T>(items: T[], key: (item: T) => string | string[]) => {
  const out: Record<string, number> = {};
  for (const item of items) for (const k of ([] as string[]).concat(key(item))) out[k] = (out[k] ?? 0) + 1;
  return out;
};
const asMap = (counts: KpiCount[]) => Object.fromEntries(counts.map((c) => [c.key, c.count]));
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const percentile = (sorted: number[], p: number) => {
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (pos - lo);
};
const RANK: Record<string, number> = { APPLIED: 1, SHORTLISTED: 2, INTERVIEW: 3, OFFER: 4, HIRED: 5 };
const ND = 'NOT_DECLARED';

describe('GET /admin/kpis', () => {
  let t: TestApp;
  let admin: string;
  let doc: KpiDocument;
  beforeAll(async () => {
    t = await startApp();
    admin = await adminToken(t);
    await seedKpiFixture(t);
    const res = await t.http.get('/api/admin/kpis').query({ ...WINDOW, groupBy: 'month' }).set('Authorization', `Bearer ${admin}`).expect(200);
    doc = res.body as KpiDocument;
  });
  afterAll(() => t.close());

  const cands = CANDIDATES.filter((c) => inWindow(c.at));
  const hires = HIRES.filter((h) => inWindow(h.at));

  it('counts registrations per Paris month and cumulatively from the first registration', () => {
    expect(doc.window).toEqual({ ...WINDOW, groupBy: 'month', timeZone: 'Europe/Paris' });
    expect(doc.series.map((p) => p.period)).toEqual(['2001-01-01', '2001-02-01']);
    const perMonth = tally(cands, (c) => monthOf(c.at));
    const companiesPerMonth = tally(COMPANIES.filter((c) => inWindow(c.at)), (c) => monthOf(c.at));
    let cum = CANDIDATES.filter((c) => before(c.at)).length;
    let companiesCum = COMPANIES.filter((c) => before(c.at)).length;
    for (const p of doc.series) {
      cum += perMonth[p.period] ?? 0;
      companiesCum += companiesPerMonth[p.period] ?? 0;
      expect(p).toMatchObject({ candidatesRegistered: perMonth[p.period] ?? 0, candidatesCumulative: cum, companiesRegistered: companiesPerMonth[p.period] ?? 0, companiesCumulative: companiesCum });
    }
    expect(doc.totals.candidatesRegistered).toBe(cands.length);
    expect(doc.totals.candidatesToDate).toBe(cum);
    expect(doc.totals.companiesVerified).toBe(COMPANIES.filter((c) => inWindow(c.verified)).length);
    expect(doc.series.map((p) => p.companiesVerified)).toEqual(doc.series.map((p) => COMPANIES.filter((c) => inWindow(c.verified) && monthOf(c.verified!) === p.period).length));
  });

  it('cuts weeks on Paris Mondays', async () => {
    const res = await t.http.get('/api/admin/kpis').query(WINDOW).set('Authorization', `Bearer ${admin}`).expect(200);
    const weekly = res.body as KpiDocument;
    expect(weekly.window.groupBy).toBe('week');
    expect(weekly.series[0]!.period).toBe('2001-01-01');
    expect(weekly.series.every((p) => new Date(`${p.period}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    const perWeek = tally(cands, (c) => weekOf(c.at));
    expect(Object.fromEntries(weekly.series.filter((p) => p.candidatesRegistered > 0).map((p) => [p.period, p.candidatesRegistered]))).toEqual(perWeek);
    const hiresPerWeek = tally(hires, (h) => weekOf(h.at));
    expect(Object.fromEntries(weekly.series.filter((p) => p.hires > 0).map((p) => [p.period, p.hires]))).toEqual(hiresPerWeek);
  });

  it('counts effective hires per period, cumulatively and by every dimension', () => {
    const perMonth = tally(hires, (h) => monthOf(h.at));
    let cum = HIRES.filter((h) => before(h.at)).length;
    for (const p of doc.series) {
      cum += perMonth[p.period] ?? 0;
      expect(p).toMatchObject({ hires: perMonth[p.period] ?? 0, hiresCumulative: cum });
    }
    expect(doc.totals.hires).toBe(hires.length);
    const b = doc.breakdowns.hires;
    expect(asMap(b.roleFamily)).toEqual(tally(hires, (h) => h.family));
    expect(asMap(b.basin)).toEqual(tally(hires, (h) => h.basin));
    expect(asMap(b.track)).toEqual(tally(hires, (h) => h.track ?? ND));
    expect(asMap(b.contractType)).toEqual(tally(hires, (h) => h.contract));
    expect(asMap(b.trainingRoute)).toEqual(tally(hires, (h) => h.route ?? ND));
    expect(asMap(b.supportStructure)).toEqual(tally(hires, (h) => h.support ?? 'NONE'));
    expect(b.roleFamily.find((c) => c.key === 'DEV')!.label).toBe('Développement informatique');
  });

  it('breaks candidates and companies down, multi-valued dimensions once per value', () => {
    const b = doc.breakdowns.candidates;
    expect(asMap(b.basin)).toEqual(tally(cands, (c) => c.basin ?? ND));
    expect(asMap(b.track)).toEqual(tally(cands, (c) => c.track ?? ND));
    expect(asMap(b.roleFamily)).toEqual(tally(cands, (c) => (c.families?.length ? c.families : ND)));
    expect(asMap(b.trainingRoute)).toEqual(tally(cands, (c) => (c.routes?.length ? [...new Set(c.routes)] : ND)));
    const companies = COMPANIES.filter((c) => inWindow(c.at));
    expect(asMap(doc.breakdowns.companies.basin)).toEqual(tally(companies, (c) => c.basin));
    expect(asMap(doc.breakdowns.companies.supportStructure)).toEqual(tally(companies, (c) => c.support ?? 'NONE'));
  });

  it('reports the share of self-declared women, with "not declared" as its own line', () => {
    const check = (share: KpiDocument['gender']['candidates'], genders: (string | null | undefined)[]) => {
      const keys = genders.map((g) => g ?? ND);
      const women = keys.filter((g) => g === 'FEMALE').length;
      const declared = keys.filter((g) => ['FEMALE', 'MALE', 'NON_BINARY'].includes(g)).length;
      expect(share.total).toBe(keys.length);
      expect(asMap(share.counts)).toEqual({ FEMALE: 0, MALE: 0, NON_BINARY: 0, UNDISCLOSED: 0, [ND]: 0, ...tally(keys, (g) => g) });
      expect(share.womenShare).toBe(round4(women / keys.length));
      expect(share.womenShareOfDeclared).toBe(round4(women / declared));
      expect(share.notDeclaredShare).toBe(round4((keys.length - declared) / keys.length));
    };
    check(doc.gender.candidates, cands.map((c) => (c.profile ? c.gender : null)));
    expect(doc.gender.candidates.counts.find((c) => c.key === ND)!.count).toBeGreaterThan(0);
    const applicants = [...new Set(APPLICATIONS.filter((a) => inWindow(a.at)).map((a) => a.candidate))];
    check(doc.gender.applicants, applicants.map((i) => CANDIDATES[i]!.gender));
    check(doc.gender.hires, hires.map((h) => h.gender));
  });

  it('follows the applications of the window through the funnel, skipped stages implied', () => {
    const cohort = APPLICATIONS.filter((a) => inWindow(a.at));
    const furthest = cohort.map((a) => Math.max(1, RANK[a.status] ?? 1, ...a.history.map(([s]) => RANK[s] ?? 1)));
    const counts = [1, 2, 3, 4, 5].map((r) => furthest.filter((f) => f >= r).length);
    expect(doc.totals.applications).toBe(cohort.length);
    expect(doc.funnel.map((s) => s.stage)).toEqual(['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED']);
    expect(doc.funnel.map((s) => s.count)).toEqual(counts);
    expect(doc.funnel.map((s) => s.conversionFromPrevious)).toEqual(counts.map((c, i) => (i === 0 ? null : round4(c / counts[i - 1]!))));
    expect(doc.funnel.map((s) => s.conversionFromApplied)).toEqual(counts.map((c) => round4(c / counts[0]!)));
  });

  it('computes median and p75 days from publication to hire', () => {
    const days = hires
      .filter((h) => h.published && h.published <= h.at)
      .map((h) => (Date.parse(h.at) - Date.parse(h.published!)) / 86_400_000)
      .sort((a, b) => a - b);
    expect(doc.timeToHire).toEqual({
      hires: days.length,
      medianDays: Math.round(percentile(days, 0.5) * 10) / 10,
      p75Days: Math.round(percentile(days, 0.75) * 10) / 10,
    });
  });

  it('counts offers published, filled and expired, and the contact acceptance rate', () => {
    expect(doc.totals.offersPublished).toBe(OFFERS.filter((o) => inWindow(o.published)).length);
    expect(doc.totals.offersFilled).toBe(OFFERS.filter((o) => o.reason === 'FILLED' && inWindow(o.closed)).length);
    expect(doc.totals.offersExpired).toBe(OFFERS.filter((o) => o.reason === 'EXPIRED' && inWindow(o.closed)).length);
    const contacts = CONTACTS.filter((c) => inWindow(c.at));
    const by = tally(contacts, (c) => c.status);
    expect(doc.totals).toMatchObject({ contactRequests: contacts.length, contactRequestsAccepted: by.ACCEPTED, contactRequestsDeclined: by.DECLINED, contactRequestsPending: by.PENDING });
    expect(doc.totals.contactAcceptanceRate).toBe(round4(by.ACCEPTED! / (by.ACCEPTED! + by.DECLINED! + (by.EXPIRED ?? 0))));
    expect(doc.series.reduce((n, p) => n + p.offersPublished, 0)).toBe(doc.totals.offersPublished);
  });

  it('exports the same document as a UTF-8 CSV with a BOM, a header and intact accents', async () => {
    const res = await t.http.get('/api/admin/kpis/export.csv').query({ ...WINDOW, groupBy: 'month' }).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="kpis-2001-01-01_2001-02-28.csv"');
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const lines = res.text.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toBe('section;figure;dimension;key;label;period;value');
    expect(lines).toContain(`totals;hires;;;;2001-01-01/2001-02-28;${hires.length}`);
    expect(lines).toContain(`breakdowns;hires;roleFamily;DEV;Développement informatique;2001-01-01/2001-02-28;${tally(hires, (h) => h.family).DEV}`);
    expect(lines).toContain('breakdowns;hires;supportStructure;Serre Numérique;Serre Numérique;2001-01-01/2001-02-28;1');
    expect(lines.find((l) => l.startsWith('totals;contactAcceptanceRate;'))).toBe('totals;contactAcceptanceRate;;;;2001-01-01/2001-02-28;0,6');
  });

  it('defaults to the last 12 months by week', async () => {
    const res = await t.http.get('/api/admin/kpis').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(res.body.window.to).toBe(parisDay(new Date().toISOString()));
    expect(res.body.window.groupBy).toBe('week');
    expect(res.body.series.length).toBeGreaterThanOrEqual(52);
  });

  it('rejects malformed windows with the field at fault', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ from: '2001-03-01', to: '2001-01-01' }, 'from'],
      [{ from: '2001-02-30' }, 'from'],
      [{ to: 'yesterday' }, 'to'],
      [{ from: '2001-01-01', to: '2007-01-02' }, 'to'],
      [{ groupBy: 'day' }, 'groupBy'],
      [{ limit: '5' }, 'limit'],
    ];
    for (const [query, field] of cases) {
      const res = await t.http.get('/api/admin/kpis').query(query).set('Authorization', `Bearer ${admin}`).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
  });

  it('is for admins only: 401 anonymous, 403 recruiter and candidate', async () => {
    for (const path of ['/api/admin/kpis', '/api/admin/kpis/export.csv']) {
      await t.http.get(path).expect(401);
      for (const role of ['RECRUITER', 'CANDIDATE'] as const) {
        const session = await signUp(t, role);
        await t.http.get(path).set('Authorization', `Bearer ${session.accessToken}`).expect(403);
      }
    }
  });
});
