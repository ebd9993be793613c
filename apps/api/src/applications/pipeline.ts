/**
 * The application pipeline as one pure function: who may move an application from which status to which.
 * Everything else (loading, locking, history rows, hires, notifications) is in the use cases; keeping the rules
 * here lets a test walk every (from, to, actor) triple without a database.
 *
 * Rules (docs/decisions/0006-application-pipeline.md):
 * - Recruiters move an open application forward through APPLIED → SHORTLISTED → INTERVIEW → OFFER → HIRED.
 *   Forward skips are allowed (a hire agreed outside the tool is still recorded); going back or staying put is not.
 * - REJECTED from any open status, by a recruiter (the reason is required by the request schema).
 * - WITHDRAWN from any open status, by the candidate only; that is the only status a candidate may set.
 * - HIRED, REJECTED and WITHDRAWN are final.
 */
import { OPEN_APPLICATION_STATUSES, PIPELINE_STAGES, type ApplicationStatus } from '@talents/shared';

export type PipelineActor = 'CANDIDATE' | 'RECRUITER';

/** `forbidden`: this actor may never set that status (403). `illegal`: not from the current status (409). */
export type TransitionVerdict = { allowed: true } | { allowed: false; reason: 'forbidden' | 'illegal' };

const ALLOWED: TransitionVerdict = { allowed: true };
const FORBIDDEN: TransitionVerdict = { allowed: false, reason: 'forbidden' };
const ILLEGAL: TransitionVerdict = { allowed: false, reason: 'illegal' };

export function isOpen(status: ApplicationStatus): boolean {
  return (OPEN_APPLICATION_STATUSES as readonly ApplicationStatus[]).includes(status);
}

function stageIndex(status: ApplicationStatus): number {
  return (PIPELINE_STAGES as readonly ApplicationStatus[]).indexOf(status);
}

export function checkTransition(from: ApplicationStatus, to: ApplicationStatus, actor: PipelineActor): TransitionVerdict {
  // Who may set a status does not depend on where the application stands: answer 403 before 409.
  if (actor === 'CANDIDATE' && to !== 'WITHDRAWN') return FORBIDDEN;
  if (actor === 'RECRUITER' && to === 'WITHDRAWN') return FORBIDDEN;
  if (!isOpen(from)) return ILLEGAL;
  if (to === 'WITHDRAWN' || to === 'REJECTED') return ALLOWED;
  return stageIndex(to) > stageIndex(from) ? ALLOWED : ILLEGAL;
}

/** The statuses an actor may move an application to from `from` (for the SPA's buttons and the tests). */
export function nextStatuses(from: ApplicationStatus, actor: PipelineActor, all: readonly ApplicationStatus[]): ApplicationStatus[] {
  return all.filter((to) => checkTransition(from, to, actor).allowed);
}
