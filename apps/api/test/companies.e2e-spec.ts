import { withSirenKey } from '@talents/shared';
import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer, randomSiren, recruiterWithCompany } from './support/marketplace';

describe('companies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const validCompany = (overrides: Record<string, unknown> = {}) => ({
    name: 'Octo Lille',
    siren: randomSiren(),
    nafCode: '6201Z',
    size: 'SMALL',
    basinCode: 'LILLE',
    town: 'Lille',
    supportStructure: 'EuraTechnologies',
    website: 'https://octo.example',
    description: 'Studio produit.',
    ...overrides,
  });

  it('registers a company whose creator becomes its owner, unverified', async () => {
    const recruiter = await signUp(t, 'RECRUITER');
    const body = validCompany({ siren: withSirenKey('73282932').replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3') });
    const res = await t.http.post('/api/companies').set(bearer(recruiter)).send(body).expect(201);
    expect(res.body).toMatchObject({ name: 'Octo Lille', siren: withSirenKey('73282932'), verified: false, suspended: false, myRole: 'OWNER' });
    const me = await t.http.get('/api/auth/me').set(bearer(recruiter)).expect(200);
    expect(me.body.companyIds).toEqual([res.body.id]);
    const members = await t.http.get(`/api/companies/${res.body.id}/members`).set(bearer(recruiter)).expect(200);
    expect(members.body).toMatchObject({ total: 1, items: [{ userId: recruiter.userId, email: recruiter.email, role: 'OWNER' }] });
  });

  it('refuses a SIREN whose Luhn key is wrong, and a duplicate SIREN with 409', async () => {
    const recruiter = await signUp(t, 'RECRUITER');
    const good = withSirenKey('55210055');
    const bad = `${good.slice(0, 8)}${(Number(good[8]) + 1) % 10}`;
    const before = await t.prisma.company.count();
    const invalid = await t.http.post('/api/companies').set(bearer(recruiter)).set('Accept-Language', 'en').send(validCompany({ siren: bad })).expect(400);
    expect(invalid.body.details).toEqual([{ field: 'siren', message: expect.stringContaining('Luhn') }]);
    await t.http.post('/api/companies').set(bearer(recruiter)).send(validCompany({ siren: '12345' })).expect(400);
    expect(await t.prisma.company.count()).toBe(before);

    await t.http.post('/api/companies').set(bearer(recruiter)).send(validCompany({ siren: good })).expect(201);
    const other = await signUp(t, 'RECRUITER');
    const dup = await t.http.post('/api/companies').set(bearer(other)).send(validCompany({ siren: good })).expect(409);
    expect(dup.body.details).toEqual([{ field: 'siren', message: expect.any(String) }]);
  });

  it('validates the NAF code, size, basin, support structure and website field by field', async () => {
    const recruiter = await signUp(t, 'RECRUITER');
    const dotted = await t.http.post('/api/companies').set(bearer(recruiter)).send(validCompany({ nafCode: '70.22z', supportStructure: null })).expect(201);
    expect(dotted.body.nafCode).toBe('7022Z');
    const res = await t.http
      .post('/api/companies')
      .set(bearer(recruiter))
      .send(validCompany({ nafCode: '62A1', size: 'HUGE', basinCode: 'PARIS', supportStructure: 'Station F', website: 'http://plain.example', extra: 1 }))
      .expect(400);
    const fields = res.body.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['basinCode', 'extra', 'nafCode', 'size', 'supportStructure', 'website']);
  });

  it('lets only recruiters create companies (401 anonymous, 403 candidate)', async () => {
    await t.http.post('/api/companies').send(validCompany()).expect(401);
    const candidate = await signUp(t, 'CANDIDATE');
    await t.http.post('/api/companies').set(bearer(candidate)).send(validCompany()).expect(403);
  });

  it('shows members everything, outsiders the public card of verified companies only', async () => {
    const verified = await recruiterWithCompany(t);
    const unverified = await recruiterWithCompany(t, { verified: false });
    const outsider = await signUp(t, 'CANDIDATE');
    const own = await t.http.get(`/api/companies/${verified.companyId}`).set(bearer(verified)).expect(200);
    expect(own.body).toMatchObject({ siren: verified.company.siren, myRole: 'OWNER', verified: true });
    const card = await t.http.get(`/api/companies/${verified.companyId}`).set(bearer(outsider)).expect(200);
    expect(card.body).toMatchObject({ name: verified.company.name, verified: true });
    expect(card.body.siren).toBeUndefined();
    await t.http.get(`/api/companies/${unverified.companyId}`).set(bearer(outsider)).expect(403);
    await t.http.get(`/api/companies/${unverified.companyId}`).set(bearer(verified)).expect(403);
    await t.http.get(`/api/companies/${unverified.companyId}/members`).set(bearer(verified)).expect(403);
    const admin = await t.http.get(`/api/companies/${unverified.companyId}`).set('Authorization', `Bearer ${await adminToken(t)}`).expect(200);
    expect(admin.body).toMatchObject({ siren: unverified.company.siren, myRole: null });
    await t.http.get('/api/companies/not-a-uuid').set(bearer(outsider)).expect(404);
  });

  it('lets members edit with a strict partial body; the SIREN is locked once verified', async () => {
    const owner = await recruiterWithCompany(t, { verified: false });
    const res = await t.http.patch(`/api/companies/${owner.companyId}`).set(bearer(owner)).send({ town: 'Roubaix', size: 'MEDIUM' }).expect(200);
    expect(res.body).toMatchObject({ town: 'Roubaix', size: 'MEDIUM', name: owner.company.name });
    const newSiren = randomSiren();
    await t.http.patch(`/api/companies/${owner.companyId}`).set(bearer(owner)).send({ siren: newSiren }).expect(200);

    const bad = await t.http.patch(`/api/companies/${owner.companyId}`).set(bearer(owner)).send({ website: 'ftp://x', verifiedAt: 'now' }).expect(400);
    expect([...new Set(bad.body.details.map((d: { field: string }) => d.field))].sort()).toEqual(['verifiedAt', 'website']);
    await t.http.patch(`/api/companies/${owner.companyId}`).set(bearer(owner)).send({}).expect(400);

    const verified = await recruiterWithCompany(t);
    const locked = await t.http.patch(`/api/companies/${verified.companyId}`).set(bearer(verified)).send({ siren: randomSiren() }).expect(409);
    expect(locked.body.details[0].field).toBe('siren');
    await t.http.patch(`/api/companies/${owner.companyId}`).set(bearer(verified)).send({ town: 'Arras' }).expect(403);
    const unchanged = await t.prisma.company.findUniqueOrThrow({ where: { id: owner.companyId } });
    expect(unchanged).toMatchObject({ town: 'Roubaix', siren: newSiren });
  });
});
