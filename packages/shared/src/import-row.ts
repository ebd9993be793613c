/**
 * One row of the candidate import CSV (docs/imports.md), validated with the very schemas of the API: the row's
 * cells become a CandidateProfileInput (PUT /candidates/me) plus the e-mail (Email of /auth/register), the
 * account's locale and the consent the partner collected. Errors name the CSV column at fault and carry a
 * message key of messages.ts. Checks that need the database (known role families, e-mails already registered,
 * duplicates across rows) belong to the worker.
 */
import { z } from 'zod';
import { Email } from './auth';
import { CandidateProfileInput } from './candidates';
import { Locale } from './enums';
import { validationMessages } from './messages';

/** The header of the template, in this order. Lists inside a cell are separated by `|`. */
export const IMPORT_COLUMNS = [
  'email',
  'first_name',
  'last_name',
  'phone',
  'headline',
  'role_families',
  'skills',
  'years_of_experience',
  'track',
  'basin_code',
  'town',
  'contract_types',
  'available_from',
  'visibility',
  'locale',
  'consent',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns that must be present in the header (the others may be left out entirely). */
export const IMPORT_REQUIRED_COLUMNS: readonly ImportColumn[] = ['email', 'first_name', 'last_name', 'role_families', 'years_of_experience', 'basin_code', 'contract_types', 'consent'];

export const IMPORT_LIST_SEPARATOR = '|';
/** Level given to a skill written without `:level`. */
export const IMPORT_DEFAULT_SKILL_LEVEL = 3;
export const IMPORT_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 50_000;

/** The template's example row (docs/imports.md shows the same). */
export const IMPORT_EXAMPLE_ROW: Record<ImportColumn, string> = {
  email: 'camille.martin@example.fr',
  first_name: 'Camille',
  last_name: 'Martin',
  phone: '06 12 34 56 78',
  headline: 'Développeuse web junior',
  role_families: 'DEV',
  skills: 'TypeScript:3|React:2|SQL',
  years_of_experience: '1',
  track: 'GRADUATE',
  basin_code: 'LILLE',
  town: 'Lille',
  contract_types: 'CDI|ALTERNANCE',
  available_from: '',
  visibility: 'ANONYMOUS',
  locale: 'fr',
  consent: 'oui',
};

const CONSENT_YES = new Set(['oui', 'yes', 'true', '1', 'o', 'y']);

/** The column each CandidateProfileInput field comes from. */
const FIELD_COLUMN: Record<string, ImportColumn> = {
  firstName: 'first_name',
  lastName: 'last_name',
  phone: 'phone',
  headline: 'headline',
  roleFamilies: 'role_families',
  skills: 'skills',
  yearsOfExperience: 'years_of_experience',
  track: 'track',
  basinCode: 'basin_code',
  town: 'town',
  contractTypes: 'contract_types',
  availableFrom: 'available_from',
  visibility: 'visibility',
};

export interface ImportRowIssue {
  field: ImportColumn | null;
  message: string;
}

export interface ImportCandidate {
  email: string;
  locale: Locale;
  profile: CandidateProfileInput;
}

export type ImportRowResult = { ok: true; value: ImportCandidate } | { ok: false; issues: ImportRowIssue[] };

/** Validates one CSV record (header → cell). */
export function parseImportRow(record: Partial<Record<string, string>>): ImportRowResult {
  const cell = (column: ImportColumn): string => (record[column] ?? '').trim();
  const issues: ImportRowIssue[] = [];

  const email = Email.safeParse(cell('email'));
  if (!email.success) issues.push({ field: 'email', message: cell('email') ? 'email.invalid' : 'import.required' });

  if (!CONSENT_YES.has(cell('consent').toLowerCase())) issues.push({ field: 'consent', message: 'import.consentRequired' });

  const localeCell = cell('locale').toLowerCase();
  const locale = Locale.safeParse(localeCell || 'fr');
  if (!locale.success) issues.push({ field: 'locale', message: 'import.invalidValue' });

  const skills = list(cell('skills')).map(parseSkill);
  const badSkill = skills.findIndex((s) => s === null);
  if (badSkill >= 0) issues.push({ field: 'skills', message: 'import.skillInvalid' });

  const years = cell('years_of_experience');
  const profile = CandidateProfileInput.safeParse({
    firstName: cell('first_name'),
    lastName: cell('last_name'),
    phone: cell('phone') || null,
    headline: cell('headline') || null,
    roleFamilies: list(cell('role_families')).map((c) => c.toUpperCase()),
    skills: badSkill >= 0 ? [] : skills,
    yearsOfExperience: /^\d{1,3}$/.test(years) ? Number(years) : years === '' ? undefined : Number.NaN,
    track: cell('track').toUpperCase() || null,
    basinCode: cell('basin_code').toUpperCase(),
    town: cell('town') || null,
    contractTypes: list(cell('contract_types')).map((c) => c.toUpperCase()),
    availableFrom: cell('available_from') || null,
    visibility: cell('visibility').toUpperCase() || undefined,
  });
  if (!profile.success) {
    const seen = new Set<string>();
    for (const issue of profile.error.issues) {
      const field = FIELD_COLUMN[String(issue.path[0])] ?? null;
      const message = issueKey(issue, cell(field ?? 'email'));
      // One message per column is enough to fix the row.
      if (seen.has(`${field}`)) continue;
      seen.add(`${field}`);
      issues.push({ field, message });
    }
  }
  if (issues.length > 0 || !email.success || !locale.success || !profile.success) return { ok: false, issues };
  return { ok: true, value: { email: email.data, locale: locale.data, profile: profile.data } };
}

function list(value: string): string[] {
  return value
    .split(IMPORT_LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** "TypeScript:4" → level 4; "TypeScript" → the default level; a level outside 1–5 is refused (null). */
function parseSkill(value: string): { name: string; level: number } | null {
  const match = /^(.*?)(?::\s*(\d+))?$/.exec(value);
  const name = match?.[1]?.trim() ?? '';
  const level = match?.[2] === undefined ? IMPORT_DEFAULT_SKILL_LEVEL : Number(match[2]);
  if (!name || level < 1 || level > 5) return null;
  return { name, level };
}

/** Our own message keys pass through; zod's built-in issues become a few import keys (a cell is text). */
function issueKey(issue: z.core.$ZodIssue, cellValue: string): string {
  if (issue.message in validationMessages.en) return issue.message;
  if (cellValue === '') return 'import.required';
  if (issue.code === 'too_big') return 'import.tooLong';
  if (issue.code === 'too_small') return 'import.tooSmall';
  return 'import.invalidValue';
}
