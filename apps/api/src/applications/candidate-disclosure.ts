/**
 * Whether a company may see who a candidate is (name, e-mail, phone). An anonymous or hidden profile is
 * revealed to a company when the candidate accepted one of its contact requests or applied to one of its
 * offers (applying is sending one's profile; withdrawing takes it back). Public profiles are always revealed.
 * The same rule as the candidates domain's (docs/decisions/0005 and 0006), computed in bulk for list pages.
 */
import type { Prisma } from '@talents/db';
import type { ApplicantView } from '@talents/shared';
import { anonymousName } from '../candidates/profile-view';

export const pairKey = (companyId: string, candidateId: string) => `${companyId}:${candidateId}`;

/** The disclosure rule itself, shared with GET /candidates/:id (candidates.repository.ts): an accepted contact request… */
export const REVEALING_CONTACT_REQUEST = { status: 'ACCEPTED' } as const satisfies Prisma.ContactRequestWhereInput;
/** …or an application that was not withdrawn. */
export const REVEALING_APPLICATION = { status: { not: 'WITHDRAWN' } } as const satisfies Prisma.ApplicationWhereInput;

/** The (company, candidate) pairs among the given ones where the candidate revealed themself to the company. */
export async function revealedPairs(
  db: Prisma.TransactionClient,
  companyIds: string[],
  candidateIds: string[],
): Promise<Set<string>> {
  if (companyIds.length === 0 || candidateIds.length === 0) return new Set();
  // Sequential: `db` may be a transaction client, whose one connection runs one query at a time.
  const accepted = await db.contactRequest.findMany({
    where: { ...REVEALING_CONTACT_REQUEST, companyId: { in: companyIds }, candidateId: { in: candidateIds } },
    select: { companyId: true, candidateId: true },
  });
  const applied = await db.application.findMany({
    where: { ...REVEALING_APPLICATION, candidateId: { in: candidateIds }, offer: { companyId: { in: companyIds } } },
    select: { candidateId: true, offer: { select: { companyId: true } } },
  });
  return new Set([
    ...accepted.map((r) => pairKey(r.companyId, r.candidateId)),
    ...applied.map((r) => pairKey(r.offer.companyId, r.candidateId)),
  ]);
}


export interface CandidateRow {
  id: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  headline: string | null;
  yearsOfExperience: number;
  track: ApplicantView['track'];
  basinCode: string | null;
  town: string | null;
  visibility: 'HIDDEN' | 'ANONYMOUS' | 'PUBLIC';
  user: { email: string };
}

/** The candidate as a viewer may see them; `revealed` comes from revealedPairs (or true for the candidate). */
export function toApplicantView(row: CandidateRow, revealed: boolean): ApplicantView {
  const shown = revealed || row.visibility === 'PUBLIC';
  return {
    id: row.id,
    revealed: shown,
    displayName: shown ? `${row.firstName} ${row.lastName}`.trim() || anonymousName(row.id) : anonymousName(row.id),
    firstName: shown ? row.firstName : null,
    lastName: shown ? row.lastName : null,
    email: shown ? row.user.email : null,
    phone: shown ? row.phone : null,
    headline: row.headline,
    yearsOfExperience: row.yearsOfExperience,
    track: row.track,
    basinCode: row.basinCode,
    town: row.town,
  };
}
