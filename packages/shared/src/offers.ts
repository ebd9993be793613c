/** Request and response shapes of /offers (API validation, OpenAPI, SPA forms). */
import { z } from 'zod';
import { BasinCode, CloseReason, ContractType, OfferStatus, RemotePolicy, RoleFamilyCode } from './enums';
import { Page } from './errors';
import { TalentSort } from './search';

/** ENTRY: no experience needed (internship, apprenticeship); JUNIOR < 3 years; MID 3–6; SENIOR > 6. */
export const EXPERIENCE_LEVELS = ['ENTRY', 'JUNIOR', 'MID', 'SENIOR'] as const;
export const ExperienceLevel = z.enum(EXPERIENCE_LEVELS);
export type ExperienceLevel = z.infer<typeof ExperienceLevel>;

/** Pay transparency: gross yearly euros. Internships and apprenticeships pay less than the general floor. */
export const SALARY_MAX = 300_000;
export function salaryFloor(contractType: ContractType): number {
  return contractType === 'STAGE' || contractType === 'ALTERNANCE' ? 4_000 : 10_000;
}

/** Field-level problems of a salary range, as message keys (used on create and on the merged result of a PATCH). */
export function salaryIssues(contractType: ContractType, salaryMin: number, salaryMax: number): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  if (salaryMin < salaryFloor(contractType)) issues.push({ field: 'salaryMin', message: 'salary.tooLow' });
  if (salaryMax > SALARY_MAX) issues.push({ field: 'salaryMax', message: 'salary.tooHigh' });
  if (salaryMin > salaryMax) issues.push({ field: 'salaryMax', message: 'salary.order' });
  return issues;
}

export const RomeCode = z.string().regex(/^[A-N]\d{4}$/, { error: 'romeCode.invalid' });

export const OfferSkillInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .refine((name) => /[\p{L}\p{N}]/u.test(name), { error: 'skill.invalid' }),
  minLevel: z.number().int().min(1).max(5).nullable().optional(),
});
export type OfferSkillInput = z.infer<typeof OfferSkillInput>;

const Salary = z.number().int().min(0).max(10_000_000);
/** Instants the API accepts: full ISO-8601 with an offset, or a calendar day. */
const FutureInstant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => new Date(value))
  .refine((date) => date.getTime() > Date.now(), { error: 'date.notFuture' })
  .refine((date) => date.getTime() <= Date.now() + 366 * 24 * 3600 * 1000, { error: 'date.tooFar' });

const offerFields = {
  title: z.string().trim().min(3).max(160),
  description: z.string().trim().min(20).max(20_000),
  roleFamilyCode: RoleFamilyCode,
  requiredSkills: z.array(OfferSkillInput).max(30).default([]),
  niceToHaveSkills: z.array(OfferSkillInput).max(30).default([]),
  contractType: ContractType,
  basinCode: BasinCode,
  town: z.string().trim().min(1).max(100).nullable().optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  remotePolicy: RemotePolicy,
  salaryMin: Salary,
  salaryMax: Salary,
  experienceLevel: ExperienceLevel,
  startDate: z.iso.date().nullable().optional(),
  romeCode: RomeCode.nullable().optional(),
  expiresAt: FutureInstant.nullable().optional(),
};

function coordinatesTogether(body: { lat?: number | null; lon?: number | null }, ctx: z.RefinementCtx) {
  if (body.lat === undefined && body.lon === undefined) return;
  const latMissing = body.lat == null;
  const lonMissing = body.lon == null;
  if (latMissing !== lonMissing) {
    ctx.addIssue({ code: 'custom', path: [body.lat == null ? 'lat' : 'lon'], message: 'coordinates.pair' });
  }
}

export const CreateOfferRequest = z
  .strictObject({ companyId: z.uuid(), ...offerFields })
  .superRefine((body, ctx) => {
    coordinatesTogether(body, ctx);
    for (const issue of salaryIssues(body.contractType, body.salaryMin, body.salaryMax)) {
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    }
  });
export type CreateOfferRequest = z.infer<typeof CreateOfferRequest>;

/** Partial edit. companyId never changes (an offer does not move between companies). */
export const UpdateOfferRequest = z
  .strictObject({
    ...offerFields,
    requiredSkills: z.array(OfferSkillInput).max(30),
    niceToHaveSkills: z.array(OfferSkillInput).max(30),
  })
  .partial()
  .superRefine((body, ctx) => {
    if (Object.keys(body).length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'body.empty' });
    coordinatesTogether(body, ctx);
  });
export type UpdateOfferRequest = z.infer<typeof UpdateOfferRequest>;

export const CloseOfferRequest = z.strictObject({ reason: CloseReason });
export type CloseOfferRequest = z.infer<typeof CloseOfferRequest>;

/** `?contractType=CDI,CDD` or repeated `?contractType=CDI&contractType=CDD`. */
function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value),
    z.array(item).min(1).max(20),
  );
}

export const OffersQuery = Page.extend({
  q: z.string().trim().max(200).optional(),
  roleFamily: listOf(RoleFamilyCode).optional(),
  basin: listOf(BasinCode).optional(),
  contractType: listOf(ContractType).optional(),
  remote: listOf(RemotePolicy).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lon: z.coerce.number().min(-180).max(180).optional(),
  radiusKm: z.coerce.number().positive().max(1000).optional(),
  /**
   * relevance (with q), date (newest publication first) or distance (needs lat/lon/radiusKm). Absent: distance
   * when there is a point, else relevance — which is the date order when there is no q.
   */
  sort: TalentSort.optional(),
})
  .strict()
  .superRefine((query, ctx) => {
    const given = [query.lat, query.lon, query.radiusKm].filter((v) => v !== undefined).length;
    if (given !== 0 && given !== 3) {
      for (const field of ['lat', 'lon', 'radiusKm'] as const) {
        if (query[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'geo.incomplete' });
      }
    }
    if (query.sort === 'distance' && given === 0) ctx.addIssue({ code: 'custom', path: ['sort'], message: 'geo.incomplete' });
  });
export type OffersQuery = z.infer<typeof OffersQuery>;

export const CompanyOffersQuery = Page.extend({ status: OfferStatus.optional() }).strict();
export type CompanyOffersQuery = z.infer<typeof CompanyOffersQuery>;

export const OfferSkillView = z.object({ name: z.string(), slug: z.string(), required: z.boolean(), minLevel: z.number().nullable() });

export const OfferView = z.object({
  id: z.string(),
  company: z.object({ id: z.string(), name: z.string(), website: z.string().nullable(), verified: z.boolean() }),
  title: z.string(),
  description: z.string(),
  roleFamilyCode: z.string(),
  contractType: ContractType,
  basinCode: z.string(),
  town: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  remotePolicy: RemotePolicy,
  salaryMin: z.number(),
  salaryMax: z.number(),
  experienceLevel: ExperienceLevel,
  startDate: z.string().nullable(),
  romeCode: z.string().nullable(),
  status: OfferStatus,
  closeReason: CloseReason.nullable(),
  publishedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  skills: z.array(OfferSkillView),
  /** Distance from the searched point, when the list was searched by distance. */
  distanceKm: z.number().optional(),
});
export type OfferView = z.infer<typeof OfferView>;
