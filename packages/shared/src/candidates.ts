/**
 * Candidate profiles: the PUT /candidates/me body (validated field by field), the owner's view, the view a
 * recruiter or admin gets (masked for anonymous profiles, see docs/decisions/0005), and the JSON Resume
 * import/export shapes. Checks that need the database (active role family, skill vocabulary) are the API's.
 */
import { z } from 'zod';
import { BASIN_CODES, ContractType, RemotePolicy, RoleFamilyCode, Track, TrainingRoute, Visibility } from './enums';

export const GENDERS = ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'] as const;
export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'] as const;
export const LanguageLevel = z.enum(LANGUAGE_LEVELS);
export type LanguageLevel = z.infer<typeof LanguageLevel>;

export const LINK_KINDS = ['LINKEDIN', 'GITHUB', 'GITLAB', 'PORTFOLIO', 'WEBSITE', 'OTHER'] as const;
export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;

/** ISO 639-1 two-letter language codes (a closed list, so "xx" is refused). */
export const ISO_639_1_CODES: readonly string[] = (
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en ' +
  'eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja ' +
  'jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb ' +
  'nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq ' +
  'sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
).split(' ');

export const CANDIDATE_SALARY_MIN = 10_000;
export const CANDIDATE_SALARY_MAX = 300_000;

/** Today in the region's time zone, as YYYY-MM-DD: "not in the past" means the French calendar day. */
export function todayInFrance(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Optional free text: blank becomes null, so "cleared" and "absent" mean the same after a replace. */
const optionalText = (max: number) =>
  z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

/** International (+33612345678) or French national (06 12 34 56 78) number; stored without separators. */
export const Phone = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.\-()]/g, ''))
  .pipe(z.string().regex(/^(\+[1-9]\d{7,14}|0[1-9]\d{8})$/, { error: 'candidate.phoneInvalid' }));

export const SkillInput = z.strictObject({
  name: z.string().trim().min(1).max(80),
  level: z.number().int().min(1).max(5),
});
export type SkillInput = z.infer<typeof SkillInput>;

export const TrainingInput = z.strictObject({
  organisation: z.string().trim().min(1).max(160),
  programme: optionalText(160),
  route: TrainingRoute,
  year: z.number().int().min(1950).max(2100).nullish().transform((v) => v ?? null),
});
export type TrainingInput = z.infer<typeof TrainingInput>;

export const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .refine((code) => ISO_639_1_CODES.includes(code), { error: 'candidate.languageInvalid' });

export const LanguageInput = z.strictObject({ code: LanguageCode, level: LanguageLevel });
export type LanguageInput = z.infer<typeof LanguageInput>;

export const HttpsUrl = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'candidate.urlHttpsOnly' }));

export const LinkInput = z.strictObject({ kind: LinkKind, url: HttpsUrl });
export type LinkInput = z.infer<typeof LinkInput>;

export const CandidateProfileInput = z
  .strictObject({
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
    phone: Phone.nullish().transform((v) => v ?? null),
    headline: optionalText(160),
    bio: optionalText(5000),
    roleFamilies: z.array(RoleFamilyCode).min(1).max(10),
    skills: z.array(SkillInput).max(50).default([]),
    yearsOfExperience: z.number().int().min(0).max(60),
    track: Track.nullish().transform((v) => v ?? null),
    trainings: z.array(TrainingInput).max(20).default([]),
    basinCode: z.enum(BASIN_CODES, { error: 'candidate.basinInvalid' }),
    town: optionalText(100),
    lat: z.number().min(-90).max(90).nullish().transform((v) => v ?? null),
    lon: z.number().min(-180).max(180).nullish().transform((v) => v ?? null),
    mobilityRadiusKm: z.number().int().min(0).max(300).nullish().transform((v) => v ?? null),
    remotePreference: RemotePolicy.nullish().transform((v) => v ?? null),
    contractTypes: z.array(ContractType).min(1).max(5),
    availableFrom: z.iso
      .date()
      .refine((d) => d >= todayInFrance(), { error: 'candidate.dateNotPast' })
      .nullish()
      .transform((v) => v ?? null),
    languages: z.array(LanguageInput).max(20).default([]),
    links: z.array(LinkInput).max(20).default([]),
    salaryMin: z.number().int().min(CANDIDATE_SALARY_MIN).max(CANDIDATE_SALARY_MAX).nullish().transform((v) => v ?? null),
    salaryMax: z.number().int().min(CANDIDATE_SALARY_MIN).max(CANDIDATE_SALARY_MAX).nullish().transform((v) => v ?? null),
    gender: Gender.nullish().transform((v) => v ?? null),
    visibility: Visibility.default('ANONYMOUS'),
  })
  .superRefine((p, ctx) => {
    if (p.salaryMin !== null && p.salaryMax !== null && p.salaryMin > p.salaryMax) {
      ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: 'salary.order' });
    }
    if ((p.lat === null) !== (p.lon === null)) {
      ctx.addIssue({ code: 'custom', path: [p.lat === null ? 'lat' : 'lon'], message: 'coordinates.pair' });
    }
    duplicates(p.roleFamilies, (v) => v).forEach((i) => ctx.addIssue({ code: 'custom', path: ['roleFamilies', i], message: 'candidate.duplicate' }));
    duplicates(p.contractTypes, (v) => v).forEach((i) => ctx.addIssue({ code: 'custom', path: ['contractTypes', i], message: 'candidate.duplicate' }));
    duplicates(p.languages, (l) => l.code).forEach((i) => ctx.addIssue({ code: 'custom', path: ['languages', i, 'code'], message: 'candidate.duplicate' }));
  });
export type CandidateProfileInput = z.infer<typeof CandidateProfileInput>;

/** Indexes of the entries whose key already appeared earlier in the list. */
function duplicates<T>(items: T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const k = key(item);
    if (seen.has(k)) return [index];
    seen.add(k);
    return [];
  });
}

// ───────────────────────────── responses ─────────────────────────────

export const CvInfo = z.object({ fileName: z.string(), sizeBytes: z.number(), sha256: z.string(), uploadedAt: z.string() });
export type CvInfo = z.infer<typeof CvInfo>;

const SkillView = z.object({ name: z.string(), slug: z.string(), level: z.number() });
const TrainingView = z.object({ organisation: z.string(), programme: z.string().nullable(), route: TrainingRoute, year: z.number().nullable() });

/** Fields both views share (what an anonymous profile still shows: skills, experience, mobility, wishes). */
const ProfileCore = {
  id: z.string(),
  headline: z.string().nullable(),
  bio: z.string().nullable(),
  roleFamilies: z.array(z.string()),
  skills: z.array(SkillView),
  yearsOfExperience: z.number(),
  track: Track.nullable(),
  basinCode: z.string().nullable(),
  town: z.string().nullable(),
  mobilityRadiusKm: z.number().nullable(),
  remotePreference: RemotePolicy.nullable(),
  contractTypes: z.array(ContractType),
  availableFrom: z.string().nullable(),
  languages: z.array(z.object({ code: z.string(), level: LanguageLevel })),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  visibility: Visibility,
  updatedAt: z.string(),
};

/** GET /candidates/me. `exists: false` (and null id) until the first PUT or import: no 404 for a new account. */
export const OwnerProfile = z.object({
  ...ProfileCore,
  id: z.string().nullable(),
  exists: z.boolean(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  trainings: z.array(TrainingView),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  links: z.array(z.object({ kind: LinkKind, url: z.string() })),
  gender: Gender.nullable(),
  cv: CvInfo.nullable(),
  /** Required fields still empty (after an import into a new profile); the SPA asks for them. */
  missing: z.array(z.string()),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type OwnerProfile = z.infer<typeof OwnerProfile>;

/** GET /candidates/:id. Masked: identity fields null, school names null, no links, no CV. Never a gender. */
export const ViewerProfile = z.object({
  ...ProfileCore,
  displayName: z.string(),
  masked: z.boolean(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  trainings: z.array(TrainingView.extend({ organisation: z.string().nullable() })),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  links: z.array(z.object({ kind: LinkKind, url: z.string() })),
  cv: CvInfo.nullable(),
});
export type ViewerProfile = z.infer<typeof ViewerProfile>;

export const CandidateIdParam = z.strictObject({ id: z.uuid() });
