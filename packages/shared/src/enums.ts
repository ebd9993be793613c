/**
 * Enumerations of the contract. Values equal the reference data (enums.spec.ts asserts it), so the API, the
 * SPA and the database speak the same codes.
 */
import { z } from 'zod';

export const USER_ROLES = ['CANDIDATE', 'RECRUITER', 'ADMIN'] as const;
export const UserRole = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof UserRole>;

/** Roles a person may choose when registering; ADMIN is created by the CLI only. */
export const SelfServiceRole = z.enum(['CANDIDATE', 'RECRUITER']);
export type SelfServiceRole = z.infer<typeof SelfServiceRole>;

export const LOCALES = ['fr', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** The three professions in tension. The role-family table is admin-extensible; these are the seeded ones. */
export const CORE_ROLE_FAMILIES = ['DEV', 'DEVOPS_SECURITY', 'SALES'] as const;
/** Any role-family code: upper snake case, checked against the table by the API. */
export const RoleFamilyCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, { error: 'roleFamily.invalid' });

export const BASIN_CODES = [
  'LILLE', 'ROUBAIX_TOURCOING', 'AMIENS', 'SANTERRE_OISE_SUD_OISE', 'COMPIEGNE', 'LENS', 'BASSIN_MINIER_OUEST',
  'DUNKERQUE', 'VALENCIENNES', 'BEAUVAIS', 'DOUAI', 'ARRAS', 'BOULOGNE_SUR_MER', 'CALAIS', 'SAINT_QUENTIN',
  'MAUBEUGE', 'OTHER_HDF',
] as const;
export const BasinCode = z.enum(BASIN_CODES);
export type BasinCode = z.infer<typeof BasinCode>;

export const TRACKS = ['STUDENT', 'GRADUATE', 'RESKILLING', 'EXPERIENCED', 'SENIOR'] as const;
export const Track = z.enum(TRACKS);
export type Track = z.infer<typeof Track>;

export const CONTRACT_TYPES = ['CDI', 'CDD', 'ALTERNANCE', 'STAGE', 'FREELANCE'] as const;
export const ContractType = z.enum(CONTRACT_TYPES);
export type ContractType = z.infer<typeof ContractType>;

export const REMOTE_POLICIES = ['ONSITE', 'HYBRID', 'REMOTE'] as const;
export const RemotePolicy = z.enum(REMOTE_POLICIES);
export type RemotePolicy = z.infer<typeof RemotePolicy>;

export const TRAINING_ROUTES = ['HIGHER_EDUCATION', 'GEN_BOOTCAMP', 'PROFESSIONAL_TRAINING', 'SELF_TAUGHT'] as const;
export const TrainingRoute = z.enum(TRAINING_ROUTES);
export type TrainingRoute = z.infer<typeof TrainingRoute>;

export const VISIBILITIES = ['HIDDEN', 'ANONYMOUS', 'PUBLIC'] as const;
export const Visibility = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof Visibility>;

export const APPLICATION_STATUSES = [
  'APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED', 'WITHDRAWN',
] as const;
export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const OFFER_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED'] as const;
export const OfferStatus = z.enum(OFFER_STATUSES);
export type OfferStatus = z.infer<typeof OfferStatus>;

export const CLOSE_REASONS = ['FILLED', 'CANCELLED', 'EXPIRED'] as const;
export const CloseReason = z.enum(CLOSE_REASONS);
export type CloseReason = z.infer<typeof CloseReason>;

export const ALERT_KINDS = ['OFFERS', 'TALENTS'] as const;
export const AlertKind = z.enum(ALERT_KINDS);
export type AlertKind = z.infer<typeof AlertKind>;

export const ALERT_FREQUENCIES = ['INSTANT', 'DAILY', 'WEEKLY'] as const;
export const AlertFrequency = z.enum(ALERT_FREQUENCIES);
export type AlertFrequency = z.infer<typeof AlertFrequency>;

export const IMPORT_STATUSES = ['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export const ImportStatus = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof ImportStatus>;
