/**
 * A small, fully known data set for the KPI tests, dated in 2000–2001 so that rows other suites create "now"
 * never fall inside the tested window (January–February 2001, Europe/Paris). Instants straddle Paris
 * midnights on purpose. The arrays are the source of truth the tests compute their expectations from.
 */
import { randomBytes } from 'node:crypto';
import type { Prisma } from '@talents/db';
import type { TestApp } from './support/app';
import { uniqueEmail } from './support/app';
import { randomSiren } from './support/marketplace';

type G = 'FEMALE' | 'MALE' | 'NON_BINARY' | 'UNDISCLOSED' | null;
export interface CandidateFx { at: string; profile: boolean; gender?: G; basin?: string; track?: string; families?: string[]; routes?: string[] }
export interface CompanyFx { at: string; verified: string | null; basin: string; support: string | null }
export interface OfferFx { company: number; published: string | null; status: 'DRAFT' | 'PUBLISHED' | 'CLOSED'; reason?: 'FILLED' | 'EXPIRED' | 'CANCELLED'; closed?: string }
export interface ApplicationFx { candidate: number; offer: number; at: string; status: string; history: [string, string][] }
export interface ContactFx { candidate: number; at: string; status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' }
export interface HireFx { at: string; published: string | null; family: string; basin: string; track: string | null; route: string | null; gender: G; support: string | null; contract: string }

export const WINDOW = { from: '2001-01-01', to: '2001-02-28' };

export const CANDIDATES: CandidateFx[] = [
  { at: '2000-12-31T22:30:00Z', profile: true, gender: 'FEMALE', basin: 'LILLE', track: 'STUDENT', families: ['DEV'], routes: ['HIGHER_EDUCATION'] }, // 23:30 Paris: before
  { at: '2000-12-31T23:30:00Z', profile: true, gender: 'FEMALE', basin: 'LILLE', track: 'GRADUATE', families: ['DEV', 'SALES'], routes: ['GEN_BOOTCAMP', 'HIGHER_EDUCATION'] },
  { at: '2001-01-10T10:00:00Z', profile: true, gender: 'MALE', basin: 'AMIENS', track: 'RESKILLING', families: ['DEVOPS_SECURITY'], routes: ['PROFESSIONAL_TRAINING'] },
  { at: '2001-01-20T10:00:00Z', profile: true, gender: 'FEMALE', basin: 'LENS', track: 'RESKILLING', families: ['DEV'], routes: ['GEN_BOOTCAMP'] },
  { at: '2001-01-31T23:15:00Z', profile: true, gender: 'NON_BINARY', basin: 'LILLE', track: 'SENIOR', families: ['SALES'], routes: [] }, // Feb in Paris
  { at: '2001-02-03T09:00:00Z', profile: true, gender: 'UNDISCLOSED', basin: 'DUNKERQUE', track: 'STUDENT', families: [], routes: ['SELF_TAUGHT'] },
  { at: '2001-02-05T09:00:00Z', profile: true, gender: null, basin: 'AMIENS', track: 'GRADUATE', families: ['DEV'], routes: ['HIGHER_EDUCATION'] },
  { at: '2001-02-14T09:00:00Z', profile: true, gender: 'MALE', basin: 'LILLE', track: 'EXPERIENCED', families: ['DEV'], routes: ['HIGHER_EDUCATION'] },
  { at: '2001-02-20T09:00:00Z', profile: true, gender: 'FEMALE', basin: 'LILLE', track: 'GRADUATE', families: ['DEVOPS_SECURITY'], routes: ['GEN_BOOTCAMP'] },
  { at: '2001-02-28T22:59:00Z', profile: false }, // 23:59 Paris on the last day: inside
  { at: '2001-02-28T23:00:00Z', profile: true, gender: 'MALE', basin: 'LILLE', track: 'STUDENT', families: ['DEV'], routes: [] }, // March in Paris: after
];

export const COMPANIES: CompanyFx[] = [
  { at: '2000-12-15T10:00:00Z', verified: '2001-02-02T10:00:00Z', basin: 'LILLE', support: 'EuraTechnologies' },
  { at: '2001-01-05T10:00:00Z', verified: '2001-01-06T10:00:00Z', basin: 'LILLE', support: 'EuraTechnologies' },
  { at: '2001-01-25T10:00:00Z', verified: null, basin: 'AMIENS', support: null },
  { at: '2001-02-10T10:00:00Z', verified: '2001-03-02T10:00:00Z', basin: 'VALENCIENNES', support: 'Serre Numérique' },
];

export const OFFERS: OfferFx[] = [
  { company: 1, published: '2001-01-08T10:00:00Z', status: 'PUBLISHED' },
  { company: 1, published: '2001-02-01T10:00:00Z', status: 'CLOSED', reason: 'FILLED', closed: '2001-02-25T10:00:00Z' },
  { company: 0, published: '2000-12-01T10:00:00Z', status: 'CLOSED', reason: 'EXPIRED', closed: '2001-01-30T10:00:00Z' },
  { company: 2, published: '2001-01-15T10:00:00Z', status: 'CLOSED', reason: 'CANCELLED', closed: '2001-02-02T10:00:00Z' },
  { company: 2, published: null, status: 'DRAFT' },
  { company: 3, published: '2001-02-12T10:00:00Z', status: 'CLOSED', reason: 'FILLED', closed: '2001-03-10T10:00:00Z' },
];

const d = (day: string) => `2001-${day}T10:00:00Z`;
export const APPLICATIONS: ApplicationFx[] = [
  { candidate: 1, offer: 0, at: d('01-09'), status: 'APPLIED', history: [['APPLIED', d('01-09')]] },
  { candidate: 2, offer: 0, at: d('01-11'), status: 'REJECTED', history: [['APPLIED', d('01-11')], ['SHORTLISTED', d('01-12')], ['REJECTED', d('01-20')]] },
  { candidate: 3, offer: 0, at: d('01-21'), status: 'INTERVIEW', history: [['APPLIED', d('01-21')], ['SHORTLISTED', d('01-22')], ['INTERVIEW', d('01-29')]] },
  { candidate: 1, offer: 1, at: d('02-02'), status: 'HIRED', history: [['APPLIED', d('02-02')], ['INTERVIEW', d('02-05')], ['OFFER', d('02-10')], ['HIRED', d('02-20')]] },
  { candidate: 4, offer: 1, at: d('02-03'), status: 'WITHDRAWN', history: [['APPLIED', d('02-03')], ['SHORTLISTED', d('02-04')], ['INTERVIEW', d('02-06')], ['OFFER', d('02-11')], ['WITHDRAWN', d('02-12')]] },
  { candidate: 5, offer: 1, at: d('02-04'), status: 'WITHDRAWN', history: [['APPLIED', d('02-04')], ['WITHDRAWN', d('02-05')]] },
  { candidate: 6, offer: 5, at: d('02-13'), status: 'HIRED', history: [['APPLIED', d('02-13')], ['SHORTLISTED', d('02-14')], ['INTERVIEW', d('02-20')], ['OFFER', d('03-01')], ['HIRED', d('03-05')]] },
  { candidate: 0, offer: 2, at: '2000-12-05T10:00:00Z', status: 'HIRED', history: [['APPLIED', '2000-12-05T10:00:00Z'], ['HIRED', '2000-12-20T10:00:00Z']] },
];

export const CONTACTS: ContactFx[] = [
  { candidate: 1, at: d('01-10'), status: 'ACCEPTED' }, { candidate: 2, at: d('01-12'), status: 'ACCEPTED' },
  { candidate: 3, at: d('02-01'), status: 'ACCEPTED' }, { candidate: 4, at: d('02-02'), status: 'DECLINED' },
  { candidate: 5, at: d('02-03'), status: 'EXPIRED' }, { candidate: 6, at: d('02-04'), status: 'PENDING' },
  { candidate: 7, at: '2000-12-10T10:00:00Z', status: 'ACCEPTED' },
];

export const HIRES: HireFx[] = [
  { at: '2000-12-20T10:00:00Z', published: '2000-12-01T10:00:00Z', family: 'DEV', basin: 'LILLE', track: 'STUDENT', route: 'HIGHER_EDUCATION', gender: 'FEMALE', support: null, contract: 'CDI' },
  { at: d('01-15'), published: d('01-01'), family: 'DEV', basin: 'LILLE', track: 'GRADUATE', route: 'GEN_BOOTCAMP', gender: 'FEMALE', support: 'EuraTechnologies', contract: 'CDI' },
  { at: d('01-20'), published: d('01-10'), family: 'DEV', basin: 'AMIENS', track: 'RESKILLING', route: 'PROFESSIONAL_TRAINING', gender: 'MALE', support: null, contract: 'ALTERNANCE' },
  { at: d('01-31'), published: '2000-12-02T10:00:00Z', family: 'DEVOPS_SECURITY', basin: 'LILLE', track: null, route: null, gender: null, support: 'EuraTechnologies', contract: 'CDI' },
  { at: d('02-10'), published: d('01-11'), family: 'SALES', basin: 'LENS', track: 'SENIOR', route: 'GEN_BOOTCAMP', gender: 'NON_BINARY', support: 'Serre Numérique', contract: 'CDD' },
  { at: d('02-20'), published: d('02-01'), family: 'DEV', basin: 'LILLE', track: 'GRADUATE', route: 'GEN_BOOTCAMP', gender: 'FEMALE', support: 'EuraTechnologies', contract: 'CDI' },
  { at: d('02-25'), published: null, family: 'DEVOPS_SECURITY', basin: 'DUNKERQUE', track: 'STUDENT', route: 'SELF_TAUGHT', gender: 'UNDISCLOSED', support: null, contract: 'STAGE' },
  { at: '2001-02-28T23:30:00Z', published: d('02-01'), family: 'DEV', basin: 'LILLE', track: 'GRADUATE', route: null, gender: 'MALE', support: null, contract: 'CDI' }, // March in Paris
];

const at = (iso: string) => new Date(iso);

/** Writes every fixture row; returns nothing the tests need besides the arrays above. */
export async function seedKpiFixture(t: TestApp): Promise<void> {
  const profiles: (string | null)[] = [];
  for (const c of CANDIDATES) {
    const user = await t.prisma.user.create({ data: { email: uniqueEmail('kpi'), role: 'CANDIDATE', createdAt: at(c.at) } });
    if (!c.profile) { profiles.push(null); continue; }
    const profile = await t.prisma.candidateProfile.create({
      data: {
        userId: user.id, firstName: 'Léa', lastName: `Kpi-${randomBytes(3).toString('hex')}`, gender: c.gender ?? null,
        basinCode: c.basin ?? null, track: (c.track ?? null) as Prisma.CandidateProfileUncheckedCreateInput['track'], createdAt: at(c.at),
        roleFamilies: { create: (c.families ?? []).map((roleFamilyCode) => ({ roleFamilyCode })) },
        trainings: { create: (c.routes ?? []).map((route) => ({ organisation: 'École', route: route as 'GEN_BOOTCAMP' })) },
      },
    });
    profiles.push(profile.id);
  }
  const companies: string[] = [];
  for (const c of COMPANIES) {
    const company = await t.prisma.company.create({
      data: { name: `Kpi ${randomBytes(3).toString('hex')}`, siren: randomSiren(), size: 'MICRO', basinCode: c.basin, supportStructure: c.support, createdAt: at(c.at), verifiedAt: c.verified ? at(c.verified) : null },
    });
    companies.push(company.id);
  }
  const offers: string[] = [];
  for (const o of OFFERS) {
    const offer = await t.prisma.offer.create({
      data: {
        companyId: companies[o.company]!, title: 'Développeur·se', description: 'Offre de test KPI.', roleFamilyCode: 'DEV', contractType: 'CDI',
        basinCode: 'LILLE', remotePolicy: 'HYBRID', salaryMin: 30000, salaryMax: 40000, experienceLevel: 'JUNIOR', status: o.status,
        closeReason: o.reason ?? null, publishedAt: o.published ? at(o.published) : null, closedAt: o.closed ? at(o.closed) : null, createdAt: at('2000-11-01T10:00:00Z'),
      },
    });
    offers.push(offer.id);
  }
  for (const a of APPLICATIONS) {
    await t.prisma.application.create({
      data: {
        offerId: offers[a.offer]!, candidateId: profiles[a.candidate]!, status: a.status as 'APPLIED', createdAt: at(a.at),
        statusChanges: { create: a.history.map(([to, when], i) => ({ fromStatus: i === 0 ? null : (a.history[i - 1]![0] as 'APPLIED'), toStatus: to as 'APPLIED', createdAt: at(when) })) },
      },
    });
  }
  for (const c of CONTACTS) {
    await t.prisma.contactRequest.create({ data: { companyId: companies[1]!, candidateId: profiles[c.candidate]!, message: 'Bonjour', status: c.status, createdAt: at(c.at) } });
  }
  await t.prisma.hire.createMany({
    data: HIRES.map((h) => ({
      hiredAt: at(h.at), offerPublishedAt: h.published ? at(h.published) : null, roleFamilyCode: h.family, basinCode: h.basin,
      track: h.track as 'STUDENT' | null, trainingRoute: h.route as 'GEN_BOOTCAMP' | null, gender: h.gender, supportStructure: h.support, contractType: h.contract as 'CDI',
    })),
  });
}
