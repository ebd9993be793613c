/**
 * Fixtures of the search contract: rows shaped like the indexer's reads (with the personal fields a real row
 * has, to prove the document builders drop them), turned into documents by the real builders.
 */
import { candidateDocument, offerDocument, type CandidateRow, type OfferRow } from '@talents/search';

type Row = CandidateRow & Record<string, unknown>;
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const skill = (name: string, slug: string, level: number) => ({ level, skill: { name, slug } });
const at = (iso: string) => new Date(iso);

const base = {
  bio: null, lat: null, lon: null, remotePreference: 'HYBRID', availableFrom: null,
  phone: '+33 6 12 34 56 78', gender: 'FEMALE', email: 'someone@example.fr',
  links: [{ kind: 'LINKEDIN', url: 'https://linkedin.com/in/someone' }],
  trainings: [{ organisation: 'Université de Lille', programme: 'Master MIAGE' }],
};

export const ROWS: Record<'alice' | 'bruno' | 'chloe' | 'dylan' | 'hidden', Row> = {
  alice: {
    ...base, id: id(1), firstName: 'Alice', lastName: 'Martin', visibility: 'PUBLIC',
    headline: 'Développeuse full-stack TypeScript', skills: [skill('TypeScript', 'typescript', 5), skill('React', 'react', 4)],
    roleFamilies: [{ roleFamilyCode: 'DEV' }], track: 'GRADUATE', basinCode: 'LILLE', town: 'Lille', lat: 50.6292, lon: 3.0573,
    contractTypes: ['CDI'], yearsOfExperience: 3, updatedAt: at('2026-11-01T10:00:00Z'),
  },
  bruno: {
    ...base, id: id(2), firstName: 'Bruno', lastName: 'Petitjean', visibility: 'ANONYMOUS', gender: 'MALE',
    headline: 'Ingénieur sécurité réseau', bio: 'Écrivez-moi : bruno.petitjean@example.fr. Bruno Petitjean, 10 ans de pare-feux.',
    skills: [skill('Sécurité réseau', 'securite-reseau', 4), skill('Kubernetes', 'kubernetes', 3)],
    roleFamilies: [{ roleFamilyCode: 'DEVOPS_SECURITY' }], track: 'EXPERIENCED', basinCode: 'AMIENS', town: 'Amiens',
    lat: 49.8941, lon: 2.2958, contractTypes: ['CDI', 'FREELANCE'], availableFrom: at('2027-03-01'), yearsOfExperience: 8,
    updatedAt: at('2026-11-02T10:00:00Z'),
  },
  chloe: {
    ...base, id: id(3), firstName: 'Chloé', lastName: 'Durand', visibility: 'PUBLIC',
    headline: 'Commerciale grands comptes SaaS', skills: [skill('Prospection', 'prospection', 4), skill('Négociation', 'negociation', 5)],
    roleFamilies: [{ roleFamilyCode: 'SALES' }], track: 'RESKILLING', basinCode: 'ROUBAIX_TOURCOING', town: 'Roubaix',
    lat: 50.709, lon: 3.168, contractTypes: ['CDD', 'ALTERNANCE'], availableFrom: at('2026-12-15'), yearsOfExperience: 1,
    updatedAt: at('2026-11-03T10:00:00Z'),
  },
  dylan: {
    ...base, id: id(4), firstName: 'Dylan', lastName: 'Lefebvre', visibility: 'ANONYMOUS',
    headline: 'Développeur back-end Java', skills: [skill('Java', 'java', 4), skill('Spring', 'spring', 3)],
    roleFamilies: [{ roleFamilyCode: 'DEV' }], track: 'STUDENT', basinCode: 'DUNKERQUE', town: 'Dunkerque',
    lat: 51.0344, lon: 2.3768, contractTypes: ['ALTERNANCE', 'STAGE'], availableFrom: at('2027-09-01'), yearsOfExperience: 0,
    updatedAt: at('2026-11-04T10:00:00Z'),
  },
  hidden: {
    ...base, id: id(5), firstName: 'Hélène', lastName: 'Cachée', visibility: 'HIDDEN',
    headline: 'Développeuse TypeScript discrète', skills: [skill('TypeScript', 'typescript', 5)], roleFamilies: [{ roleFamilyCode: 'DEV' }],
    track: 'GRADUATE', basinCode: 'LILLE', town: 'Lille', contractTypes: ['CDI'], yearsOfExperience: 2, updatedAt: at('2026-11-05T10:00:00Z'),
  },
};

export const IDS = Object.fromEntries(Object.entries(ROWS).map(([k, r]) => [k, r.id])) as Record<keyof typeof ROWS, string>;

export const CANDIDATE_DOCS = Object.values(ROWS).map(candidateDocument).filter((d) => d !== null);

const offerBase = {
  town: 'Lille', lat: 50.6292, lon: 3.0573, remotePolicy: 'HYBRID', salaryMin: 38000, salaryMax: 45000,
  experienceLevel: 'JUNIOR', expiresAt: at('2027-02-01T00:00:00Z'), company: { name: 'Octopus Lab', verifiedAt: at('2026-01-01T00:00:00Z'), suspendedAt: null }, basinCode: 'LILLE',
};
export const OFFER_ROWS: OfferRow[] = [
  {
    ...offerBase, id: id(6), title: 'Développeur·se back-end Node.js', description: 'API en Node.js et PostgreSQL.',
    roleFamilyCode: 'DEV', contractType: 'CDI', status: 'PUBLISHED', publishedAt: at('2026-11-10T09:00:00Z'),
    skills: [{ required: true, skill: { name: 'Node.js', slug: 'node-js' } }],
  },
  {
    ...offerBase, id: id(7), title: 'Business developer SaaS', description: 'Prospection de PME.', remotePolicy: 'ONSITE',
    roleFamilyCode: 'SALES', contractType: 'ALTERNANCE', status: 'PUBLISHED', publishedAt: at('2026-11-11T09:00:00Z'), skills: [],
  },
  {
    ...offerBase, id: id(8), title: 'Brouillon Node.js', description: 'Pas encore publié.', roleFamilyCode: 'DEV',
    contractType: 'CDI', status: 'DRAFT', publishedAt: null, skills: [],
  },
];
export const OFFER_DOCS = OFFER_ROWS.map(offerDocument).filter((d) => d !== null);
