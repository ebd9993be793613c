/**
 * JSON Resume → profile, merged into what the candidate already has (imported values win field by field,
 * lists are united). Every path of the document ends up in the report, mapped or not mapped with a reason, so
 * the candidate sees what was taken and what must be entered by hand.
 */
import { skillSlug } from '@talents/db';
import {
  HttpsUrl, Phone, TRAINING_ROUTES, reference, type JsonResumeDocument, type JsonResumeImportReport, type LinkKind, type TrainingRoute,
} from '@talents/shared';
import type { ProfileWrite } from '../profile-write';
import { languageCodeFromText, languageLevelFromText, skillLevelFromText } from './levels';

const KNOWN_TOP = new Set(['$schema', 'meta', 'basics', 'work', 'education', 'skills', 'languages']);
const KNOWN_BASICS = new Set(['name', 'label', 'email', 'phone', 'url', 'summary', 'location', 'profiles']);
const LIMITS = { skills: 50, trainings: 20, languages: 20, links: 20 };

const ORGANISATION_ROUTES = new Map<string, TrainingRoute>(
  reference.organisations.trainingOrganisations.map((o) => [skillSlug(o.name), o.route as TrainingRoute]),
);

class Report {
  readonly mapped: string[] = [];
  readonly notMapped: { path: string; reason: string }[] = [];
  ok(path: string) {
    this.mapped.push(path);
  }
  skip(path: string, reason: string) {
    this.notMapped.push({ path, reason });
  }
}

export function mergeJsonResume(doc: JsonResumeDocument, current: ProfileWrite): { write: ProfileWrite; report: JsonResumeImportReport } {
  const w: ProfileWrite = structuredClone(current);
  const r = new Report();
  for (const key of Object.keys(doc)) if (!KNOWN_TOP.has(key)) r.skip(key, 'not part of a profile');
  mergeBasics(doc.basics, w, r);
  if (doc.work?.length) r.skip('work', 'work history is not stored: set yearsOfExperience instead');
  doc.education?.forEach((e, i) => mergeEducation(e, `education.${i}`, w, r));
  doc.skills?.forEach((s, i) => mergeSkill(s, `skills.${i}`, w, r));
  doc.languages?.forEach((l, i) => {
    const path = `languages.${i}`;
    const code = languageCodeFromText(l.language);
    const level = languageLevelFromText(l.fluency);
    if (!code) return r.skip(path, 'unknown language');
    if (!level) return r.skip(path, 'unknown fluency (expected A1–C2 or native)');
    const existing = w.languages.find((x) => x.code === code);
    if (existing) existing.level = level;
    else if (w.languages.length >= LIMITS.languages) return r.skip(path, `at most ${LIMITS.languages} languages`);
    else w.languages.push({ code, level });
    r.ok(path);
  });
  return { write: w, report: { mapped: r.mapped, notMapped: r.notMapped } };
}

function mergeBasics(basics: JsonResumeDocument['basics'], w: ProfileWrite, r: Report): void {
  if (!basics) return;
  for (const key of Object.keys(basics)) if (!KNOWN_BASICS.has(key)) r.skip(`basics.${key}`, 'not part of a profile');
  const name = basics.name?.trim().replace(/\s+/g, ' ');
  if (name) {
    const [first, ...rest] = name.split(' ');
    const last = rest.join(' ');
    if (first!.length > 100 || last.length > 100) r.skip('basics.name', 'longer than 100 characters');
    else {
      w.firstName = first!;
      if (last) w.lastName = last;
      r.ok('basics.name');
    }
  }
  text(basics.label, 160, 'basics.label', r, (v) => (w.headline = v));
  text(basics.summary, 5000, 'basics.summary', r, (v) => (w.bio = v));
  if (basics.email) r.skip('basics.email', 'the e-mail address is the account’s, changed in the account settings');
  if (basics.phone?.trim()) {
    const phone = Phone.safeParse(basics.phone);
    if (phone.success) {
      w.phone = phone.data;
      r.ok('basics.phone');
    } else r.skip('basics.phone', 'invalid phone number');
  }
  if (basics.url?.trim()) addLink('basics.url', basics.url, 'WEBSITE', w, r);
  const location = basics.location;
  if (location) {
    text(location.city, 100, 'basics.location.city', r, (v) => (w.town = v));
    for (const key of Object.keys(location)) {
      if (key !== 'city') r.skip(`basics.location.${key}`, 'not stored: the profile keeps a town and an employment basin');
    }
  }
  basics.profiles?.forEach((p, i) => {
    const path = `basics.profiles.${i}`;
    const network = (p.network ?? '').trim().toLowerCase();
    const url = p.url?.trim() || profileUrl(network, p.username?.trim());
    if (!url) return r.skip(path, 'no url');
    addLink(path, url, kindOf(url, network), w, r);
  });
}

function text(value: string | undefined, max: number, path: string, r: Report, set: (v: string) => void): void {
  const v = value?.trim();
  if (!v) return;
  if (v.length > max) return r.skip(path, `longer than ${max} characters`);
  set(v);
  r.ok(path);
}

function addLink(path: string, url: string, kind: LinkKind, w: ProfileWrite, r: Report): void {
  const parsed = HttpsUrl.safeParse(url);
  if (!parsed.success) return r.skip(path, 'not an https:// address');
  if (!w.links.some((l) => l.url === parsed.data)) {
    if (w.links.length >= LIMITS.links) return r.skip(path, `at most ${LIMITS.links} links`);
    w.links.push({ kind, url: parsed.data });
  }
  r.ok(path);
}

function profileUrl(network: string, username: string | undefined): string | null {
  if (!username) return null;
  const host = { linkedin: 'www.linkedin.com/in', github: 'github.com', gitlab: 'gitlab.com' }[network];
  return host ? `https://${host}/${encodeURIComponent(username)}` : null;
}

function kindOf(url: string, network: string): LinkKind {
  const host = (() => {
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      return '';
    }
  })();
  if (host.endsWith('linkedin.com') || network === 'linkedin') return 'LINKEDIN';
  if (host === 'github.com' || network === 'github') return 'GITHUB';
  if (host.endsWith('gitlab.com') || network === 'gitlab') return 'GITLAB';
  if (network === 'portfolio') return 'PORTFOLIO';
  if (network === 'website' || network === 'blog') return 'WEBSITE';
  return 'OTHER';
}

function mergeEducation(e: NonNullable<JsonResumeDocument['education']>[number], path: string, w: ProfileWrite, r: Report): void {
  const organisation = e.institution?.trim();
  if (!organisation) return r.skip(path, 'no institution');
  if (organisation.length > 160) return r.skip(path, 'institution longer than 160 characters');
  const studyType = e.studyType?.trim() ?? '';
  // Our own export writes the route as studyType, which makes export → import lossless.
  const routeFromType = (TRAINING_ROUTES as readonly string[]).includes(studyType) ? (studyType as TrainingRoute) : null;
  const programme = [routeFromType ? '' : studyType, e.area?.trim() ?? ''].filter(Boolean).join(' ').slice(0, 160) || null;
  const year = yearOf(e.endDate) ?? yearOf(e.startDate);
  const route = routeFromType ?? ORGANISATION_ROUTES.get(skillSlug(organisation)) ?? 'SELF_TAUGHT';
  const same = (t: ProfileWrite['trainings'][number]) =>
    skillSlug(t.organisation) === skillSlug(organisation) && (t.programme ?? '') === (programme ?? '') && t.year === year;
  if (!w.trainings.some(same)) {
    if (w.trainings.length >= LIMITS.trainings) return r.skip(path, `at most ${LIMITS.trainings} trainings`);
    w.trainings.push({ organisation, programme, route, year });
  }
  r.ok(path);
}

function yearOf(date: string | undefined): number | null {
  const m = /^(\d{4})/.exec(date?.trim() ?? '');
  const year = m ? Number(m[1]) : NaN;
  return year >= 1950 && year <= 2100 ? year : null;
}

function mergeSkill(s: NonNullable<JsonResumeDocument['skills']>[number], path: string, w: ProfileWrite, r: Report): void {
  const name = s.name?.trim().replace(/\s+/g, ' ');
  if (!name || !skillSlug(name)) return r.skip(path, 'no usable skill name');
  if (name.length > 80) return r.skip(path, 'name longer than 80 characters');
  let level = skillLevelFromText(s.level);
  if (level === null) {
    level = 3;
    if (s.level) r.skip(`${path}.level`, 'unknown level: intermediate (3) assumed');
  }
  if (s.keywords?.length) r.skip(`${path}.keywords`, 'keywords are not imported as skills');
  const existing = w.skills.find((x) => skillSlug(x.name) === skillSlug(name));
  if (existing) existing.level = level;
  else if (w.skills.length >= LIMITS.skills) return r.skip(path, `at most ${LIMITS.skills} skills`);
  else w.skills.push({ name, level });
  r.ok(path);
}
