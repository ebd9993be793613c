/** A candidate with data in every corner of the schema, built through the API (shared by the gdpr specs). */
import { randomBytes } from 'node:crypto';
import { IndexerService } from '../src/search/indexer.service';
import { profileBody } from './candidates-fixtures';
import { STRONG_PASSWORD, signUp, type TestApp } from './support/app';
import { bearer, publishedOffer, recruiterWithCompany } from './support/marketplace';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export { STRONG_PASSWORD };

export async function richCandidate(t: TestApp) {
  const lastName = `Zorglub${randomBytes(4).toString('hex')}`;
  const candidate = await signUp(t, 'CANDIDATE');
  const put = await t.http.put('/api/candidates/me').set(bearer(candidate)).send(profileBody({ lastName, visibility: 'ANONYMOUS' })).expect(200);
  const profileId = put.body.id as string;
  await t.http.post('/api/candidates/me/cv').set(bearer(candidate)).attach('file', PDF, { filename: `CV ${lastName}.pdf`, contentType: 'application/pdf' }).expect(200);
  await t.app.get(IndexerService).syncCandidate(profileId);

  const recruiter = await recruiterWithCompany(t);
  const offer = await publishedOffer(t, recruiter.companyId, recruiter.userId);
  const applied = await t.http
    .post(`/api/offers/${offer.id}/applications`)
    .set(bearer(candidate))
    .send({ message: `Bonjour, ${lastName} ici (${candidate.email}).` })
    .expect(201);
  await t.http
    .patch(`/api/applications/${applied.body.id}`)
    .set(bearer(recruiter))
    .send({ status: 'HIRED', note: `Entretien très bon avec ${lastName}`, closeOffer: true })
    .expect(200);

  const contact = await t.http
    .post(`/api/talents/${profileId}/contact-requests`)
    .set(bearer(recruiter))
    .send({ message: `Bonjour ${lastName}, votre profil nous intéresse beaucoup.` })
    .expect(201);
  await t.http.patch(`/api/contact-requests/${contact.body.id}`).set(bearer(candidate)).send({ status: 'ACCEPTED' }).expect(200);
  await t.http.get(`/api/candidates/${profileId}`).set(bearer(recruiter)).expect(200);
  // An invitation to the candidate's address, and an alert naming them: no foreign key reaches either.
  await t.http.post(`/api/companies/${recruiter.companyId}/invitations`).set(bearer(recruiter)).send({ email: candidate.email }).expect(201);
  await t.prisma.alert.create({ data: { userId: candidate.userId, kind: 'OFFERS', name: `Alerte de ${lastName}`, query: 'typescript', frequency: 'DAILY' } });

  const row = await t.prisma.candidateProfile.findUniqueOrThrow({ where: { id: profileId } });
  return { ...candidate, lastName, profileId, cvKey: row.cvStorageKey!, recruiter, offerId: offer.id, applicationId: applied.body.id as string };
}

/** Every table of the public schema whose rows, as text, contain one of the needles (case-insensitive). */
export async function tablesMentioning(t: TestApp, needles: string[]): Promise<string[]> {
  const tables = await t.prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const found: string[] = [];
  for (const { table_name } of tables) {
    for (const needle of needles) {
      const [{ n }] = await t.prisma.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM "${table_name.replace(/"/g, '""')}" t WHERE t::text ILIKE $1`,
        `%${needle}%`,
      );
      if (Number(n) > 0) found.push(`${table_name}: ${needle}`);
    }
  }
  return found;
}
