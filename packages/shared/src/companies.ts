/** Request and response shapes of /companies, /invitations and /admin/companies (API validation, SPA forms). */
import { z } from 'zod';
import { Email, OneTimeToken } from './auth';
import { BasinCode } from './enums';
import { Page } from './errors';
import { reference } from './reference';
import { isValidSiren } from './siren';

/** INSEE size bands: MICRO < 10 staff, SMALL < 50, MEDIUM < 250, INTERMEDIATE (ETI) < 5000, LARGE beyond. */
export const COMPANY_SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'INTERMEDIATE', 'LARGE'] as const;
export const CompanySize = z.enum(COMPANY_SIZES);
export type CompanySize = z.infer<typeof CompanySize>;

export const MEMBERSHIP_ROLES = ['OWNER', 'MEMBER'] as const;
export const MembershipRole = z.enum(MEMBERSHIP_ROLES);
export type MembershipRole = z.infer<typeof MembershipRole>;

/** Spaces are tolerated ("123 456 789", as printed on a Kbis); the key must pass the Luhn check. */
export const Siren = z
  .string()
  .transform((value) => value.replace(/\s+/g, ''))
  .refine(isValidSiren, { error: 'siren.invalid' });

/**
 * Any NAF rev.2 sub-class ("6201Z"; INSEE's dotted "62.01Z" is accepted and normalised). The reference list
 * of the digital perimeter is a pick-list, not a limit: other sectors hire digital profiles too.
 */
export const NafCode = z
  .string()
  .transform((value) => value.trim().replace('.', '').toUpperCase())
  .refine((value) => /^\d{4}[A-Z]$/.test(value), { error: 'naf.invalid' });

export const SUPPORT_STRUCTURES: readonly string[] = reference.organisations.supportStructures.map((s) => s.name);
export const SupportStructure = z
  .string()
  .refine((value) => SUPPORT_STRUCTURES.includes(value), { error: 'supportStructure.unknown' });

/** Only https: the link is shown to candidates and published in the offers' JSON-LD. */
export const Website = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'website.invalid' }));

const companyFields = {
  name: z.string().trim().min(2).max(160),
  siren: Siren,
  nafCode: NafCode,
  size: CompanySize,
  basinCode: BasinCode,
  town: z.string().trim().min(1).max(100),
  supportStructure: SupportStructure.nullable().optional(),
  website: Website.nullable().optional(),
  description: z.string().trim().max(5000).nullable().optional(),
};

export const CreateCompanyRequest = z.strictObject(companyFields);
export type CreateCompanyRequest = z.infer<typeof CreateCompanyRequest>;

/** Partial edit; `siren` is refused (409) once the company is verified, since verification vouched for it. */
export const UpdateCompanyRequest = z
  .strictObject({
    ...companyFields,
    town: companyFields.town.nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { error: 'body.empty' });
export type UpdateCompanyRequest = z.infer<typeof UpdateCompanyRequest>;

export const CreateInvitationRequest = z.strictObject({ email: Email });
export const AcceptInvitationRequest = z.strictObject({ token: OneTimeToken });

/** What members (and admins) see. Non-members see `PublicCompanyView` of verified companies only. */
export const PublicCompanyView = z.object({
  id: z.string(),
  name: z.string(),
  nafCode: z.string().nullable(),
  size: CompanySize,
  basinCode: z.string(),
  town: z.string().nullable(),
  supportStructure: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  verified: z.boolean(),
});
export type PublicCompanyView = z.infer<typeof PublicCompanyView>;

export const CompanyView = PublicCompanyView.extend({
  siren: z.string(),
  suspended: z.boolean(),
  verifiedAt: z.string().nullable(),
  suspendedAt: z.string().nullable(),
  suspensionReason: z.string().nullable(),
  createdAt: z.string(),
  /** The caller's role in the company; null for an admin who is not a member. */
  myRole: MembershipRole.nullable(),
});
export type CompanyView = z.infer<typeof CompanyView>;

export const CompanyMemberView = z.object({
  userId: z.string(),
  email: z.string(),
  role: MembershipRole,
  joinedAt: z.string(),
});
export type CompanyMemberView = z.infer<typeof CompanyMemberView>;

export const InvitationView = z.object({
  id: z.string(),
  companyId: z.string(),
  email: z.string(),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type InvitationView = z.infer<typeof InvitationView>;

const QueryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');

export const AdminCompaniesQuery = Page.extend({
  verified: QueryBoolean.optional(),
  suspended: QueryBoolean.optional(),
  /** Part of the name (case-insensitive) or the start of the SIREN. */
  q: z.string().trim().min(1).max(100).optional(),
}).strict();
export type AdminCompaniesQuery = z.infer<typeof AdminCompaniesQuery>;

export const AdminCompanyUpdate = z
  .strictObject({
    verified: z.boolean().optional(),
    suspended: z.boolean().optional(),
    reason: z.string().trim().min(3).max(1000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.verified === undefined && body.suspended === undefined) {
      ctx.addIssue({ code: 'custom', path: ['verified'], message: 'body.empty' });
    }
    if (body.suspended === true && !body.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'suspension.reasonRequired' });
    }
  });
export type AdminCompanyUpdate = z.infer<typeof AdminCompanyUpdate>;
