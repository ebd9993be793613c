/** Profile → JSON Resume (https://jsonresume.org/schema): the candidate's data leaves in an open format. */
import type { OwnerProfile } from '@talents/shared';
import { languageLevelToText, languageName, skillLevelToText } from './levels';

const NETWORK: Record<string, string> = { LINKEDIN: 'LinkedIn', GITHUB: 'GitHub', GITLAB: 'GitLab', PORTFOLIO: 'Portfolio', WEBSITE: 'Website', OTHER: 'Other' };

export function toJsonResume(p: OwnerProfile, basinLabel: string | null) {
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: `${p.firstName} ${p.lastName}`.trim(),
      label: p.headline ?? '',
      email: p.email,
      ...(p.phone ? { phone: p.phone } : {}),
      summary: p.bio ?? '',
      location: { city: p.town ?? basinLabel ?? '', region: 'Hauts-de-France', countryCode: 'FR' },
      profiles: p.links.map((l) => ({ network: NETWORK[l.kind] ?? l.kind, url: l.url, username: usernameOf(l.url) })),
    },
    // Work history is not part of a profile here (years of experience only); the section is kept for validity.
    work: [],
    education: p.trainings.map((t) => ({
      institution: t.organisation,
      ...(t.programme ? { area: t.programme } : {}),
      studyType: t.route,
      ...(t.year ? { endDate: String(t.year) } : {}),
    })),
    skills: p.skills.map((s) => ({ name: s.name, level: skillLevelToText(s.level) })),
    languages: p.languages.map((l) => ({ language: languageName(l.code), fluency: languageLevelToText(l.level) })),
    meta: { canonical: 'https://jsonresume.org/schema', version: 'v1.0.0', lastModified: p.updatedAt ?? new Date().toISOString() },
  };
}

function usernameOf(url: string): string {
  try {
    return new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  } catch {
    return '';
  }
}
