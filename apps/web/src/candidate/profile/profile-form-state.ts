/**
 * The editor's state (strings, as inputs hold them) and its conversion to and from the contract: the loaded
 * OwnerProfile fills the form, and the form becomes the PUT /candidates/me body, validated with the shared
 * CandidateProfileInput schema so the browser and the API apply the same rules. Errors are keyed by their full
 * path ("skills.2.name") so a message lands next to the exact input.
 */
import type { z } from 'zod';
import { en, fr } from 'zod/locales';
import {
  CandidateProfileInput, translateMessage, type Locale, type OwnerProfile, type Visibility,
} from '@talents/shared';
import type { ApiError } from '../../lib/api-error';

export interface SkillRow { name: string; level: string }
export interface TrainingRow { organisation: string; programme: string; route: string; year: string }
export interface LanguageRow { code: string; level: string }
export interface LinkRow { kind: string; url: string }

export interface ProfileForm {
  firstName: string;
  lastName: string;
  phone: string;
  headline: string;
  bio: string;
  roleFamilies: string[];
  skills: SkillRow[];
  yearsOfExperience: string;
  track: string;
  trainings: TrainingRow[];
  basinCode: string;
  town: string;
  mobilityRadiusKm: string;
  remotePreference: string;
  contractTypes: string[];
  availableFrom: string;
  salaryMin: string;
  salaryMax: string;
  languages: LanguageRow[];
  links: LinkRow[];
  gender: string;
  visibility: Visibility;
}

export type ProfileErrors = Record<string, string>;

const text = (value: string | null | undefined) => value ?? '';
const num = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function formFromProfile(profile: OwnerProfile): ProfileForm {
  return {
    firstName: profile.firstName,
    lastName: profile.lastName,
    phone: text(profile.phone),
    headline: text(profile.headline),
    bio: text(profile.bio),
    roleFamilies: profile.roleFamilies,
    skills: profile.skills.map((skill) => ({ name: skill.name, level: String(skill.level) })),
    yearsOfExperience: profile.exists ? String(profile.yearsOfExperience) : '',
    track: text(profile.track),
    trainings: profile.trainings.map((training) => ({
      organisation: training.organisation,
      programme: text(training.programme),
      route: training.route,
      year: num(training.year),
    })),
    basinCode: text(profile.basinCode),
    town: text(profile.town),
    mobilityRadiusKm: num(profile.mobilityRadiusKm),
    remotePreference: text(profile.remotePreference),
    contractTypes: profile.contractTypes,
    availableFrom: text(profile.availableFrom),
    salaryMin: num(profile.salaryMin),
    salaryMax: num(profile.salaryMax),
    languages: profile.languages.map((language) => ({ code: language.code, level: language.level })),
    links: profile.links.map((link) => ({ kind: link.kind, url: link.url })),
    gender: text(profile.gender),
    visibility: profile.visibility,
  };
}

/** '' → null; a number when it parses; otherwise the raw text, so the schema reports "number expected". */
function toNumber(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : trimmed;
}
const orNull = (value: string) => (value.trim() === '' ? null : value);

/**
 * The body before validation. Coordinates are kept only while the place is unchanged: a new basin or town
 * would otherwise keep pointing at the old one for distance matching.
 */
export function bodyFromForm(form: ProfileForm, original: OwnerProfile | undefined): Record<string, unknown> {
  const samePlace = original && original.basinCode === form.basinCode && text(original.town) === form.town.trim();
  return {
    firstName: form.firstName,
    lastName: form.lastName,
    phone: orNull(form.phone),
    headline: form.headline,
    bio: form.bio,
    roleFamilies: form.roleFamilies,
    skills: form.skills.map((skill) => ({ name: skill.name, level: Number(skill.level) })),
    yearsOfExperience: toNumber(form.yearsOfExperience),
    track: orNull(form.track),
    trainings: form.trainings.map((training) => ({
      organisation: training.organisation,
      programme: training.programme,
      route: training.route,
      year: toNumber(training.year),
    })),
    basinCode: form.basinCode,
    town: form.town,
    lat: samePlace ? original.lat : null,
    lon: samePlace ? original.lon : null,
    mobilityRadiusKm: toNumber(form.mobilityRadiusKm),
    remotePreference: orNull(form.remotePreference),
    contractTypes: form.contractTypes,
    availableFrom: orNull(form.availableFrom),
    salaryMin: toNumber(form.salaryMin),
    salaryMax: toNumber(form.salaryMax),
    languages: form.languages.map((language) => ({ code: language.code, level: language.level })),
    links: form.links.map((link) => ({ kind: link.kind, url: link.url })),
    gender: orNull(form.gender),
    visibility: form.visibility,
  };
}

const zodLocales = { fr: fr(), en: en() } satisfies Record<Locale, { localeError: z.core.$ZodErrorMap }>;

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | null)?.[key], root);
}

export type ProfileValidation = { success: true; data: CandidateProfileInput } | { success: false; errors: ProfileErrors };

export function validateProfile(
  body: Record<string, unknown>,
  locale: Locale,
  requiredMessage: string,
): ProfileValidation {
  const result = CandidateProfileInput.safeParse(body, { error: zodLocales[locale].localeError });
  if (result.success) return { success: true, data: result.data };
  const errors: ProfileErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    if (errors[key]) continue; // the first message is the most basic one
    const raw = valueAt(body, issue.path);
    const empty = raw === null || (typeof raw === 'string' && raw.trim() === '');
    errors[key] = empty && issue.code !== 'custom' ? requiredMessage : translateMessage(issue.message, locale);
  }
  return { success: false, errors };
}

/** The API's field details ("skills.0.name"), already in the UI language. */
export function profileErrorsFromApi(error: ApiError): ProfileErrors {
  const errors: ProfileErrors = {};
  for (const detail of error.details) errors[detail.field] ??= detail.message;
  return errors;
}

/** The error of a field, or of any of its items (checkbox groups show "duplicate in item 2" on the group). */
export function groupError(errors: ProfileErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((path) => path.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}
