/**
 * Generated companies with their recruiters: SIREN with a valid Luhn key, NAF code of the digital
 * perimeter, size, basin and support structure. Most are verified by the admin (with an audit entry), a few
 * wait for verification and a few are suspended, so the moderation screen has something to show.
 */
import { reference, withSirenKey } from '@talents/shared';
import type { CompanySize, Prisma } from '../generated/prisma/client';
import { DAY_MS, type SeedContext, asciiSlug } from './context';
import { registrationMs } from './candidates';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './names';
import type { Prng } from './prng';
import { TOWNS_BY_BASIN } from './towns';

export interface CompanyMeta {
  id: string;
  name: string;
  createdAtMs: number;
  /** null while awaiting verification (its offers stay drafts). */
  verifiedAtMs: number | null;
  suspended: boolean;
  size: CompanySize;
  basinCode: string;
  town: string;
  supportStructure: string | null;
  recruiterIds: string[];
}

export interface CompanyRows {
  users: Prisma.UserCreateManyInput[];
  companies: Prisma.CompanyCreateManyInput[];
  memberships: Prisma.CompanyMembershipCreateManyInput[];
  audit: Prisma.AuditLogCreateManyInput[];
  metas: CompanyMeta[];
}

export interface DemoRecruiter {
  userId: string;
  createdAtMs: number;
}

const SIZE_WEIGHTS: Record<CompanySize, number> = { MICRO: 45, SMALL: 33, MEDIUM: 15, INTERMEDIATE: 5, LARGE: 2 };
const NAME_ROOTS = ['Data', 'Cyber', 'Cloud', 'Code', 'Pixel', 'Flux', 'Nova', 'Octo', 'Lumi', 'Vauban', 'Beffroi',
  'Opale', 'Weppes', 'Scarpe', 'Deûle', 'Lys', 'Somme', 'Authie', 'Carreau', 'Terril', 'Estaminet', 'Flandre'];
const NAME_SUFFIXES = ['lab', 'tech', 'soft', 'works', 'ia', ' Systems', ' Studio', ' Sécurité', ' Digital', 'ware', ' Cloud', ' Conseil'];
const NAF_WEIGHTS: Record<string, number> = Object.fromEntries(
  reference.naf.codes.map((naf) => [naf.code, naf.segment === 'SOFTWARE_PUBLISHING' || naf.segment === 'SERVICES' ? 10 : 1]),
);


export function buildCompanies(rng: Prng, ctx: SeedContext, count: number, adminId: string, demo: DemoRecruiter): CompanyRows {
  const rows: CompanyRows = { users: [], companies: [], memberships: [], audit: [], metas: [] };
  const names = new Set<string>();
  const sirens = new Set<string>();
  for (let i = 0; i < count; i++) {
    const isDemo = i === 0;
    const createdAtMs = isDemo ? demo.createdAtMs : registrationMs(ctx, i, count, rng.next());
    const id = rng.uuidV7(createdAtMs);
    const name = isDemo ? 'Beffroi Numérique' : uniqueName(rng, names);
    names.add(name);
    let siren = withSirenKey(String(rng.int(10_000_000, 99_999_999)));
    while (sirens.has(siren)) siren = withSirenKey(String(rng.int(10_000_000, 99_999_999)));
    sirens.add(siren);

    const basinCode = isDemo ? 'LILLE' : rng.weighted(ctx.basinWeights);
    const town = isDemo ? TOWNS_BY_BASIN.LILLE[0] : rng.pick(TOWNS_BY_BASIN[basinCode]);
    const size = isDemo ? 'SMALL' : rng.weighted(SIZE_WEIGHTS);
    const supportStructure = isDemo ? 'EuraTechnologies' : pickSupportStructure(rng, town.name);
    const pending = !isDemo && rng.chance(0.08);
    const suspended = !isDemo && !pending && rng.chance(0.03);
    const verifiedAtMs = pending ? null : Math.min(createdAtMs + rng.int(1, 5) * DAY_MS, ctx.anchorMs - DAY_MS);
    const slug = asciiSlug(name);

    rows.companies.push({
      id,
      name,
      siren,
      nafCode: isDemo ? '6201Z' : rng.weighted(NAF_WEIGHTS),
      size,
      basinCode,
      town: town.name,
      supportStructure,
      website: `https://www.${slug}.example.org`,
      description: `${name} conçoit et opère des services numériques depuis ${town.name}. Équipe à taille humaine, ` +
        'méthodes agiles, formation continue et télétravail possible.',
      verifiedAt: verifiedAtMs === null ? null : new Date(verifiedAtMs),
      verifiedById: verifiedAtMs === null ? null : adminId,
      suspendedAt: suspended ? new Date(ctx.anchorMs - rng.int(1, 30) * DAY_MS) : null,
      suspensionReason: suspended ? 'Offres non conformes à la charte (signalement d\'un partenaire).' : null,
      createdAt: new Date(createdAtMs),
    });
    if (verifiedAtMs !== null) {
      rows.audit.push({
        id: rng.uuidV7(verifiedAtMs), actorId: adminId, actorRole: 'ADMIN', action: 'company.verify',
        targetType: 'company', targetId: id, metadata: { siren }, createdAt: new Date(verifiedAtMs),
      });
    }

    const recruiterIds = isDemo ? [demo.userId] : [];
    const recruiterCount = (size === 'MICRO' ? rng.int(1, 2) : rng.int(1, 3)) - recruiterIds.length;
    for (let r = 0; r < recruiterCount; r++) {
      const joinedMs = createdAtMs + r * rng.int(1, 60) * DAY_MS;
      recruiterIds.push(addRecruiter(rows, rng, ctx, slug, r, Math.min(joinedMs, ctx.anchorMs - DAY_MS)));
    }
    recruiterIds.forEach((userId, index) => {
      rows.memberships.push({ id: rng.uuidV7(createdAtMs), companyId: id, userId, role: index === 0 ? 'OWNER' : 'MEMBER', createdAt: new Date(createdAtMs) });
    });
    rows.metas.push({ id, name, createdAtMs, verifiedAtMs, suspended, size, basinCode, town: town.name, supportStructure, recruiterIds });
  }
  return rows;
}

function addRecruiter(rows: CompanyRows, rng: Prng, ctx: SeedContext, companySlug: string, rank: number, createdAtMs: number): string {
  const female = rng.chance(0.35);
  const firstName = rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const id = rng.uuidV7(createdAtMs);
  rows.users.push({
    id,
    // The rank keeps two namesakes in one company apart.
    email: `${asciiSlug(firstName, '.')}.${asciiSlug(lastName, '.')}${rank > 0 ? rank + 1 : ''}@${companySlug}.demo.talents.local`,
    passwordHash: ctx.passwordHash,
    role: 'RECRUITER',
    locale: 'fr',
    emailVerifiedAt: new Date(createdAtMs + 600_000),
    lastLoginAt: new Date(createdAtMs + Math.floor(rng.next() * (ctx.anchorMs - createdAtMs))),
    createdAt: new Date(createdAtMs),
  });
  return id;
}

function uniqueName(rng: Prng, taken: ReadonlySet<string>): string {
  for (let attempt = 0; ; attempt++) {
    const base = `${rng.pick(NAME_ROOTS)}${rng.pick(NAME_SUFFIXES)}`;
    const name = attempt < 5 ? base : `${base} ${attempt}`;
    if (!taken.has(name)) return name;
  }
}

/** Incubated companies usually sit near their structure, so prefer one from the same town. */
function pickSupportStructure(rng: Prng, town: string): string | null {
  if (rng.chance(0.4)) return null;
  const structures = reference.organisations.supportStructures;
  const local = structures.filter((s) => s.city === town);
  return rng.pick(local.length > 0 && rng.chance(0.7) ? local : structures).name;
}
