/**
 * GET /api/offers/:id/matches and GET /api/candidates/me/recommendations: what the reasons say, masking of
 * anonymous candidates, HIDDEN never shown, who may call, and the ranking of recommendations. Both indexes
 * are emptied first so only this suite's rows compete.
 */
import { randomBytes } from 'node:crypto';
import { skillSlug } from '@talents/db';
import { SEARCH_ENGINE, distanceKm, roundKm, type SearchEngine } from '@talents/search';
import { IndexerService } from '../src/search/indexer.service';
import { signUp, startApp, type TestApp } from './support/app';
import { bearer, candidateWithProfile, publishedOffer, recruiterWithCompany, type Session } from './support/marketplace';

const LILLE = { lat: 50.6292, lon: 3.0573 };
const ROUBAIX = { lat: 50.6942, lon: 3.1746 };

interface Reason { kind: string; [k: string]: unknown }
interface Item { candidate: { id: string; displayName: string; masked: boolean }; score: number; reasons: Reason[] }

describe('matching', () => {
  let t: TestApp;
  let indexer: IndexerService;
  let owner: Awaited<ReturnType<typeof recruiterWithCompany>>;
  let stranger: Session;
  let offerId: string;
  const tag = randomBytes(3).toString('hex');

  const skills = async (pairs: [string, number | null, boolean?][]) => {
    const out = [];
    for (const [name, level, required] of pairs) {
      const slug = skillSlug(name);
      const s = await t.prisma.skill.upsert({ where: { slug }, create: { name, slug }, update: {}, select: { id: true } });
      out.push({ skillId: s.id, level, required });
    }
    return out;
  };
  const profileSkills = async (pairs: [string, number][]) => (await skills(pairs)).map((s) => ({ skillId: s.skillId, level: s.level! }));
  const candidate = async (data: Parameters<typeof candidateWithProfile>[1], skillPairs: [string, number][]) => {
    const c = await candidateWithProfile(t, {
      roleFamilies: { create: [{ roleFamilyCode: 'DEV' }] } as never,
      ...data,
    });
    await t.prisma.candidateSkill.createMany({ data: (await profileSkills(skillPairs)).map((s) => ({ ...s, candidateId: c.profileId })) });
    await indexer.syncCandidate(c.profileId);
    return c;
  };
  const matches = (id: string, who: { accessToken: string } = owner, query = '') =>
    t.http.get(`/api/offers/${id}/matches${query}`).set(bearer(who));

  beforeAll(async () => {
    t = await startApp();
    indexer = t.app.get(IndexerService);
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    await engine.clear('candidates');
    await engine.clear('offers');
    owner = await recruiterWithCompany(t);
    stranger = (await recruiterWithCompany(t)) as Session;
    const offerSkills = await skills([['TypeScript', 3, true], ['React', null, true], ['Docker', null, true], ['PostgreSQL', null, false]]);
    const offer = await publishedOffer(t, owner.companyId, owner.userId, {
      title: `Full-stack TypeScript ${tag}`, experienceLevel: 'MID', ...LILLE,
      skills: { create: offerSkills.map((s) => ({ skillId: s.skillId, required: s.required!, minLevel: s.level })) } as never,
    });
    offerId = offer.id;
    await indexer.syncOffer(offerId);
  }, 60_000);
  afterAll(() => t.close());

  it('scores candidates with structured reasons, masks anonymous ones and never shows hidden ones', async () => {
    const pub = await candidate({ visibility: 'PUBLIC', firstName: 'Alice', ...ROUBAIX, mobilityRadiusKm: 30, yearsOfExperience: 4 }, [['TypeScript', 4], ['React', 4]]);
    const anon = await candidate({ visibility: 'ANONYMOUS', ...LILLE, yearsOfExperience: 4 }, [['TypeScript', 5], ['React', 5], ['Docker', 4], ['PostgreSQL', 3]]);
    const hidden = await candidate({ visibility: 'HIDDEN', ...LILLE, yearsOfExperience: 4 }, [['TypeScript', 5], ['React', 5], ['Docker', 5]]);

    const res = await matches(offerId).expect(200);
    const items = res.body.items as Item[];
    expect(res.body).toMatchObject({ offerId, limit: 20 });
    expect(items.map((i) => i.candidate.id)).toEqual([anon.profileId, pub.profileId]);
    expect(items.map((i) => i.candidate.id)).not.toContain(hidden.profileId);
    for (const i of items) expect(i.score).toBeGreaterThanOrEqual(0);
    expect(items[0]!.score).toBeGreaterThan(items[1]!.score);
    expect(items[0]!.score).toBeLessThanOrEqual(100);

    const pubItem = items[1]!;
    expect(pubItem.candidate).toMatchObject({ displayName: `Alice ${pub.profile.lastName}`, masked: false });
    const skillsReason = pubItem.reasons.find((r) => r.kind === 'skills');
    expect(skillsReason).toMatchObject({ matched: ['TypeScript', 'React'], missing: ['Docker'], belowLevel: [] });
    expect(pubItem.reasons.find((r) => r.kind === 'niceToHave')).toMatchObject({ matched: [], missing: ['PostgreSQL'] });
    expect(pubItem.reasons.find((r) => r.kind === 'distance')).toMatchObject({
      km: roundKm(distanceKm(ROUBAIX.lat, ROUBAIX.lon, LILLE.lat, LILLE.lon)), radiusKm: 30, withinRadius: true, remotePolicy: 'HYBRID',
    });
    expect(pubItem.reasons.map((r) => r.kind)).toEqual(['skills', 'niceToHave', 'roleFamily', 'distance', 'contract', 'availability', 'experience']);

    const anonItem = items[0]!;
    expect(anonItem.candidate.masked).toBe(true);
    expect(anonItem.candidate.displayName).toMatch(/^Candidat·e #[0-9a-f]{6}$/);
    const body = JSON.stringify(res.body);
    expect(body).not.toContain(anon.profile.lastName);
    expect(body).not.toContain(anon.email);
    expect(body).not.toMatch(/"lat"|"lon"|"email"|"phone"|gender/);

    // A profile switched to HIDDEN disappears even before the index catches up.
    await t.prisma.candidateProfile.update({ where: { id: pub.profileId }, data: { visibility: 'HIDDEN' } });
    const after = (await matches(offerId).expect(200)).body.items as Item[];
    expect(after.map((i) => i.candidate.id)).toEqual([anon.profileId]);
  });

  it('limits the list (?limit ≤ 50) and rejects malformed input', async () => {
    const res = await matches(offerId, owner, '?limit=1').expect(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.total).toBeGreaterThanOrEqual(1);
    for (const bad of ['?limit=0', '?limit=51', '?limit=abc', '?foo=1']) {
      const err = await matches(offerId, owner, bad).expect(400);
      expect(err.body.details.length).toBeGreaterThan(0);
    }
  });

  it('is for recruiters of the offer company only', async () => {
    await t.http.get(`/api/offers/${offerId}/matches`).expect(401);
    await matches(offerId, stranger).expect(403);
    const cand = await signUp(t, 'CANDIDATE');
    await matches(offerId, cand).expect(403);
    await matches('0190a0a0-0000-7000-8000-000000000000').expect(404);
    await matches('not-a-uuid').expect(404);
  });

  it('recommends published offers to a candidate, best first', async () => {
    const javaSkills = await skills([['Java', 3, true], ['Spring', null, true]]);
    const java = await publishedOffer(t, owner.companyId, owner.userId, {
      title: `Java Amiens ${tag}`, basinCode: 'AMIENS', town: 'Amiens', lat: 49.8941, lon: 2.2958, remotePolicy: 'ONSITE',
      skills: { create: javaSkills.map((s) => ({ skillId: s.skillId, required: true })) } as never,
    });
    const draft = await publishedOffer(t, owner.companyId, owner.userId, { title: `Brouillon ${tag}`, status: 'DRAFT', publishedAt: null });
    await indexer.syncOffer(java.id);
    await indexer.syncOffer(draft.id);
    const me = await candidate({ visibility: 'ANONYMOUS', ...LILLE, yearsOfExperience: 4 }, [['TypeScript', 4], ['React', 4], ['Docker', 3]]);

    const res = await t.http.get('/api/candidates/me/recommendations?limit=10').set(bearer(me)).expect(200);
    expect(res.body).toMatchObject({ hasProfile: true, limit: 10 });
    const ids = res.body.items.map((i: { offer: { id: string } }) => i.offer.id);
    expect(ids).toEqual([offerId, java.id]);
    expect(res.body.items[0]).toMatchObject({ offer: { title: `Full-stack TypeScript ${tag}`, companyName: owner.company.name } });
    expect(res.body.items[0].score).toBeGreaterThan(res.body.items[1].score);
    expect(res.body.items[1].reasons.find((r: Reason) => r.kind === 'skills')).toMatchObject({ matched: [], missing: ['Java', 'Spring'] });

    const noProfile = await signUp(t, 'CANDIDATE');
    expect((await t.http.get('/api/candidates/me/recommendations').set(bearer(noProfile)).expect(200)).body)
      .toEqual({ items: [], total: 0, limit: 20, hasProfile: false });
    await t.http.get('/api/candidates/me/recommendations').set(bearer(owner)).expect(403);
    await t.http.get('/api/candidates/me/recommendations').expect(401);
    await t.http.get('/api/candidates/me/recommendations?limit=99').set(bearer(me)).expect(400);
  });
});
