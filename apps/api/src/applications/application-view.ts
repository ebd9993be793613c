/**
 * Shapes an application for its viewer. Candidates see their own data and their own notes, not the notes the
 * company keeps in the history; recruiters see the candidate masked unless revealed to their company.
 */
import type { ApplicationView } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import type { ApplicationRow } from './applications.repository';
import { pairKey, toApplicantView } from './candidate-disclosure';

export function toApplicationView(row: ApplicationRow, viewer: AuthUser, revealed: Set<string>): ApplicationView {
  const isCandidate = viewer.role === 'CANDIDATE';
  const shown = isCandidate || revealed.has(pairKey(row.offer.companyId, row.candidate.id));
  return {
    id: row.id,
    status: row.status,
    rejectionReason: row.rejectionReason,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    offer: {
      id: row.offer.id,
      title: row.offer.title,
      status: row.offer.status,
      companyId: row.offer.companyId,
      companyName: row.offer.company.name,
    },
    candidate: toApplicantView(row.candidate, shown),
    history: row.statusChanges.map((c) => ({
      fromStatus: c.fromStatus,
      toStatus: c.toStatus,
      byRole: c.byUser?.role ?? null,
      byUserId: c.byUserId,
      note: isCandidate && c.byUserId !== viewer.id ? null : c.note,
      createdAt: c.createdAt.toISOString(),
    })),
    hire: row.hire ? { id: row.hire.id, hiredAt: row.hire.hiredAt.toISOString() } : null,
  };
}
