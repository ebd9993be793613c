/**
 * The parts of a JSON Resume document (https://jsonresume.org/schema) that a candidate profile maps to. Lenient
 * on purpose: unknown sections and extra keys pass (they are listed as "not mapped" in the import report) and
 * values too long for the profile are reported rather than refused, so a résumé from another tool imports.
 * Only a wrong shape (a string where an object is expected) is a 400.
 */
import { z } from 'zod';
import type { OwnerProfile } from './candidates';

const text = z.string().max(20_000).optional();

export const JsonResumeProfile = z.looseObject({ network: text, username: text, url: text });

export const JsonResumeDocument = z.looseObject({
  $schema: text,
  basics: z
    .looseObject({
      name: text,
      label: text,
      email: text,
      phone: text,
      url: text,
      summary: text,
      location: z.looseObject({ address: text, postalCode: text, city: text, countryCode: text, region: text }).optional(),
      profiles: z.array(JsonResumeProfile).max(50).optional(),
    })
    .optional(),
  work: z.array(z.unknown()).optional(),
  education: z
    .array(z.looseObject({ institution: text, url: text, area: text, studyType: text, startDate: text, endDate: text }))
    .max(50)
    .optional(),
  skills: z.array(z.looseObject({ name: text, level: text, keywords: z.array(z.string().max(200)).optional() })).max(100).optional(),
  languages: z.array(z.looseObject({ language: text, fluency: text })).max(50).optional(),
  meta: z.looseObject({ canonical: text, version: text, lastModified: text }).optional(),
});
export type JsonResumeDocument = z.infer<typeof JsonResumeDocument>;

export const JsonResumeImportReport = z.object({
  mapped: z.array(z.string()),
  notMapped: z.array(z.object({ path: z.string(), reason: z.string() })),
});
export type JsonResumeImportReport = z.infer<typeof JsonResumeImportReport>;

export interface JsonResumeImportResult {
  profile: OwnerProfile;
  report: JsonResumeImportReport;
}
