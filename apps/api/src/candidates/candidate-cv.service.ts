/**
 * CV files: upload (replacing the previous one), download by the owner, and download by a recruiter whose
 * company the candidate opened the door to (accepted contact request or live application) — audited.
 */
import { Inject, Injectable, Logger, StreamableFile } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { CvInfo } from '@talents/shared';
import { PrismaService } from '../common/prisma/prisma.service';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { recordAudit } from '../common/audit/audit';
import { FILE_STORE, type FileStore } from '../common/files/file-store';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { attachmentHeader, type PdfUpload } from './pdf-upload';

@Injectable()
export class CandidateCvService {
  private readonly logger = new Logger(CandidateCvService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: CandidatesRepository,
    private readonly candidates: CandidatesService,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  async upload(user: AuthUser, upload: PdfUpload): Promise<CvInfo> {
    const profile = await this.repo.findByUserId(user.id);
    if (!profile) throw new AppError(AppErrorCode.UNPROCESSABLE, [{ field: 'profile', message: 'candidate.profileRequired' }]);
    const sha256 = createHash('sha256').update(upload.data).digest('hex');
    const stored = await this.files.put('cv', upload.data);
    let previousKey: string | null;
    try {
      previousKey = await this.prisma.$transaction(async (tx) => {
        const current = await tx.candidateProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { cvStorageKey: true } });
        await this.repo.setCv(tx, profile.id, { key: stored.key, name: upload.fileName, size: stored.sizeBytes, sha256 });
        return current.cvStorageKey;
      });
    } catch (err) {
      await this.files.delete(stored.key);
      throw err;
    }
    // After the commit: a failed delete leaves an orphan file (logged), never a profile pointing at nothing.
    if (previousKey) await this.files.delete(previousKey).catch((err) => this.logger.warn({ err, key: previousKey }, 'old CV not deleted'));
    const row = await this.repo.findByUserId(user.id);
    return { fileName: row!.cvOriginalName!, sizeBytes: row!.cvSizeBytes!, sha256: row!.cvSha256!, uploadedAt: row!.cvUploadedAt!.toISOString() };
  }

  async downloadOwn(user: AuthUser): Promise<StreamableFile> {
    const profile = await this.repo.findByUserId(user.id);
    return this.stream(profile?.cvStorageKey ?? null, profile?.cvOriginalName ?? null, profile?.cvSizeBytes ?? null);
  }

  async downloadAs(user: AuthUser, candidateId: string, ip: string): Promise<StreamableFile> {
    const viewer = await this.candidates.viewerFor(user, candidateId);
    const profile = await this.repo.findById(candidateId);
    if (!profile || profile.user.archivedAt || profile.user.suspendedAt) throw new AppError(AppErrorCode.NOT_FOUND);
    const relationship = viewer.role === 'RECRUITER' ? viewer.relationship : null;
    if (!relationship) {
      // A hidden profile does not exist for this recruiter; a visible one does, but its CV needs consent.
      throw new AppError(profile.visibility === 'HIDDEN' ? AppErrorCode.NOT_FOUND : AppErrorCode.FORBIDDEN);
    }
    const file = await this.stream(profile.cvStorageKey, profile.cvOriginalName, profile.cvSizeBytes);
    await recordAudit(this.prisma, {
      actor: user,
      action: 'candidate.cv.download',
      targetType: 'candidate',
      targetId: candidateId,
      metadata: { reason: relationship },
      ip,
    });
    return file;
  }

  private async stream(key: string | null, name: string | null, size: number | null): Promise<StreamableFile> {
    if (!key) throw new AppError(AppErrorCode.NOT_FOUND);
    const stream = await this.files.get(key);
    if (!stream) throw new AppError(AppErrorCode.NOT_FOUND);
    return new StreamableFile(stream, {
      type: 'application/pdf',
      disposition: attachmentHeader(name ?? 'cv.pdf'),
      ...(size ? { length: size } : {}),
    });
  }
}
