/**
 * Which statuses a recruiter may move an application to, mirroring the API's rules (apps/api/src/applications/
 * pipeline.ts): forward through PIPELINE_STAGES (skips allowed), or REJECTED, from an open status only. The API
 * stays the judge: a 409 rolls the board back.
 */
import { OPEN_APPLICATION_STATUSES, PIPELINE_STAGES, type ApplicationStatus } from '@talents/shared';

export const BOARD_COLUMNS: ApplicationStatus[] = [...PIPELINE_STAGES, 'REJECTED'];

export function isOpen(status: ApplicationStatus): boolean {
  return (OPEN_APPLICATION_STATUSES as readonly ApplicationStatus[]).includes(status);
}

export function recruiterMoves(from: ApplicationStatus): ApplicationStatus[] {
  if (!isOpen(from)) return [];
  const index = (PIPELINE_STAGES as readonly ApplicationStatus[]).indexOf(from);
  return [...PIPELINE_STAGES.slice(index + 1), 'REJECTED'];
}
