/**
 * Generated recruiting activity: applications moving through the pipeline (with their status history),
 * hires for the filled offers (with the anonymous KPI dimensions copied at hire time) and contact requests.
 */
import type { ApplicationStatus, ContactRequestStatus, Prisma, RejectionReason } from '../generated/prisma/client';
import type { CompanyMeta } from './companies';
import { type CandidateMeta, DAY_MS, type SeedContext } from './context';
import type { OfferMeta } from './offers';
import type { Prng } from './prng';

export interface PipelineRows {
  applications: Prisma.ApplicationCreateManyInput[];
  statusChanges: Prisma.ApplicationStatusChangeCreateManyInput[];
  hires: Prisma.HireCreateManyInput[];
  contactRequests: Prisma.ContactRequestCreateManyInput[];
}

/** The demo candidate's applications are chosen, not drawn, so the demo walk-through always finds them. */
export interface ForcedApplication {
  offerId: string;
  candidate: CandidateMeta;
  status: ApplicationStatus;
}

const HAPPY_PATH: ApplicationStatus[] = ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED'];
const OPEN_OFFER_OUTCOMES = { APPLIED: 40, SHORTLISTED: 20, INTERVIEW: 14, OFFER: 4, REJECTED: 16, WITHDRAWN: 6 } as const;
const REJECTION_WEIGHTS: Record<RejectionReason, number> = { SKILLS: 35, EXPERIENCE: 30, LOCATION: 10, POSITION_FILLED: 15, OTHER: 10 };
const CONTACT_WEIGHTS: Record<ContactRequestStatus, number> = { PENDING: 35, ACCEPTED: 35, DECLINED: 20, EXPIRED: 10 };
const NOTES: Partial<Record<ApplicationStatus, string>> = {
  SHORTLISTED: 'Profil intéressant, à appeler.',
  INTERVIEW: 'Entretien en visio calé avec l\'équipe.',
  OFFER: 'Proposition envoyée, réponse attendue sous une semaine.',
  REJECTED: 'Merci pour votre candidature ; nous avons retenu un autre profil.',
};
const MESSAGES = [
  'Bonjour, votre offre correspond à mon projet professionnel et je serais ravi·e d\'en discuter.',
  'Bonjour, je suis disponible rapidement et très motivé·e par vos produits.',
  'Bonjour, je vous adresse ma candidature ; mon profil est à jour sur la plateforme.',
];

export function buildPipeline(
  rng: Prng, ctx: SeedContext, offers: readonly OfferMeta[], candidates: readonly CandidateMeta[],
  companies: readonly CompanyMeta[], forced: readonly ForcedApplication[],
): PipelineRows {
  const rows: PipelineRows = { applications: [], statusChanges: [], hires: [], contactRequests: [] };
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const hired = new Set<string>();
  const perOfferMax = Math.max(4, Math.min(30, Math.round(candidates.length / 25)));
  // Demo personas only have the applications chosen for them, so the walk-through tells a coherent story.
  const personas = new Set(forced.map((f) => f.candidate.id));

  for (const offer of offers) {
    if (offer.publishedAtMs === null) continue;
    const taken = new Set<string>(personas);
    const company = companyById.get(offer.companyId);
    if (!company) throw new Error(`offer ${offer.id} has no company`);
    for (const f of forced.filter((x) => x.offerId === offer.id)) {
      taken.add(f.candidate.id);
      addApplication(rows, rng, ctx, offer, company, f.candidate, f.status, between(rng, offer.publishedAtMs, offer.openUntilMs));
    }
    const count = rng.int(2, perOfferMax);
    let hireGiven = offer.closeReason !== 'FILLED';
    for (let n = 0; n < count; n++) {
      const appliedAtMs = between(rng, offer.publishedAtMs, Math.min(offer.openUntilMs - 3_600_000, offer.publishedAtMs + 40 * DAY_MS));
      const candidate = pickCandidate(rng, candidates, offer, appliedAtMs, taken);
      if (!candidate) continue;
      taken.add(candidate.id);
      let status: ApplicationStatus;
      if (!hireGiven && !hired.has(candidate.id) && candidate.contractTypes.includes(offer.contractType)) {
        status = 'HIRED';
        hireGiven = true;
        hired.add(candidate.id);
      } else if (offer.status === 'CLOSED') {
        status = rng.chance(0.85) ? 'REJECTED' : 'WITHDRAWN';
      } else {
        status = rng.weighted(OPEN_OFFER_OUTCOMES);
      }
      addApplication(rows, rng, ctx, offer, company, candidate, status, appliedAtMs);
    }
  }
  addContactRequests(rows, rng, ctx, companies, offers, candidates.filter((c) => !personas.has(c.id)));
  return rows;
}

function between(rng: Prng, from: number, to: number): number {
  return from + Math.floor(rng.next() * Math.max(0, to - from));
}

/**
 * A candidate registered before the application date, preferably of the offer's role family and wanting its
 * contract type (a senior is rarely hired as an intern). Skips `taken` (already applied, or demo personas).
 */
function pickCandidate(
  rng: Prng, candidates: readonly CandidateMeta[], offer: OfferMeta, beforeMs: number, taken: ReadonlySet<string>,
): CandidateMeta | null {
  const bound = upperBound(candidates, beforeMs);
  if (bound === 0) return null;
  let best: CandidateMeta | null = null;
  let bestScore = -1;
  for (let attempt = 0; attempt < 8 && bestScore < 2; attempt++) {
    const candidate = candidates[rng.int(0, bound - 1)];
    if (taken.has(candidate.id)) continue;
    const score = (candidate.family === offer.family ? 1 : 0) + (candidate.contractTypes.includes(offer.contractType) ? 1 : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Number of candidates registered before `ms` (they are sorted by registration date). */
function upperBound(candidates: readonly CandidateMeta[], ms: number): number {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (candidates[mid].createdAtMs <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pathTo(rng: Prng, status: ApplicationStatus): ApplicationStatus[] {
  const happy = HAPPY_PATH.indexOf(status);
  if (happy >= 0) return HAPPY_PATH.slice(0, happy + 1);
  // Rejections and withdrawals happen at some stage of the happy path.
  return [...HAPPY_PATH.slice(0, rng.int(1, status === 'REJECTED' ? 3 : 2)), status];
}

function addApplication(
  rows: PipelineRows, rng: Prng, ctx: SeedContext, offer: OfferMeta, company: CompanyMeta,
  candidate: CandidateMeta, status: ApplicationStatus, appliedAtMs: number,
): void {
  const id = rng.uuidV7(appliedAtMs);
  const path = pathTo(rng, status);
  // Steps a few days apart, squeezed into the offer's open window; a hire happens when the offer closes.
  const endMs = status === 'HIRED' ? offer.openUntilMs - 60_000 : Math.min(offer.openUntilMs, ctx.anchorMs - 60_000);
  const gaps = path.slice(1).map(() => rng.int(1, 7) * DAY_MS + rng.int(0, 8) * 3_600_000);
  const wanted = gaps.reduce((a, b) => a + b, 0);
  const room = Math.max(0, endMs - appliedAtMs);
  const scale = status === 'HIRED' || wanted > room ? room / Math.max(1, wanted) : 1;
  let at = appliedAtMs;
  let previous: ApplicationStatus | null = null;
  path.forEach((step, index) => {
    if (index > 0) at += Math.floor(gaps[index - 1] * scale);
    const byCandidate = step === 'APPLIED' || step === 'WITHDRAWN';
    rows.statusChanges.push({
      id: rng.uuidV7(at), applicationId: id, fromStatus: previous, toStatus: step,
      byUserId: byCandidate ? candidate.userId : offer.createdById,
      note: byCandidate ? null : (NOTES[step] ?? null), createdAt: new Date(at),
    });
    previous = step;
  });
  const rejectionReason: RejectionReason | null =
    status !== 'REJECTED' ? null : offer.closeReason === 'FILLED' ? 'POSITION_FILLED' : rng.weighted(REJECTION_WEIGHTS);
  rows.applications.push({
    id, offerId: offer.id, candidateId: candidate.id, message: rng.chance(0.7) ? rng.pick(MESSAGES) : null,
    status, rejectionReason, createdAt: new Date(appliedAtMs), updatedAt: new Date(at),
  });
  if (status === 'HIRED') {
    rows.hires.push({
      id: rng.uuidV7(at), applicationId: id, offerId: offer.id, candidateId: candidate.id, companyId: company.id,
      recordedById: offer.createdById, hiredAt: new Date(at), contractType: offer.contractType,
      roleFamilyCode: offer.family, basinCode: offer.basinCode, track: candidate.track,
      trainingRoute: candidate.trainingRoute, gender: candidate.gender, supportStructure: company.supportStructure,
      offerPublishedAt: offer.publishedAtMs === null ? null : new Date(offer.publishedAtMs), createdAt: new Date(at),
    });
  }
}

function addContactRequests(
  rows: PipelineRows, rng: Prng, ctx: SeedContext, companies: readonly CompanyMeta[],
  offers: readonly OfferMeta[], candidates: readonly CandidateMeta[],
): void {
  const anonymous = candidates.filter((c) => c.visibility === 'ANONYMOUS');
  if (anonymous.length === 0) return;
  for (const company of companies) {
    if (company.verifiedAtMs === null || company.suspended) continue;
    const published = offers.filter((o) => o.companyId === company.id && o.status === 'PUBLISHED');
    const asked = new Set<string>();
    for (let n = rng.int(0, 4); n > 0; n--) {
      const candidate = rng.pick(anonymous);
      if (asked.has(candidate.id)) continue;
      asked.add(candidate.id);
      const status = rng.weighted(CONTACT_WEIGHTS);
      // Pending requests are recent (they expire after 30 days); expired ones are older than that.
      const window = status === 'PENDING' ? 25 : status === 'EXPIRED' ? 120 : 90;
      const floor = Math.max(company.verifiedAtMs, candidate.createdAtMs, ctx.anchorMs - window * DAY_MS);
      const ceiling = status === 'EXPIRED' ? ctx.anchorMs - 31 * DAY_MS : ctx.anchorMs - 3_600_000;
      if (floor >= ceiling) continue;
      const createdAtMs = between(rng, floor, ceiling);
      const respondedAtMs = status === 'ACCEPTED' || status === 'DECLINED' ? Math.min(createdAtMs + rng.int(1, 5) * DAY_MS, ctx.anchorMs) : null;
      const offer = published.length > 0 && rng.chance(0.5) ? rng.pick(published) : null;
      rows.contactRequests.push({
        id: rng.uuidV7(createdAtMs), companyId: company.id, recruiterId: rng.pick(company.recruiterIds), candidateId: candidate.id,
        offerId: offer?.id ?? null, status,
        message: `Bonjour, votre profil a retenu notre attention chez ${company.name}. Seriez-vous d'accord pour échanger ?`,
        expiresAt: new Date(createdAtMs + 30 * DAY_MS),
        respondedAt: respondedAtMs === null ? null : new Date(respondedAtMs), createdAt: new Date(createdAtMs),
      });
    }
  }
}
