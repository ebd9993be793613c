/** JSON Resume export and import of one's own profile (open formats in and out: no walled garden). */
import { Injectable } from '@nestjs/common';
import { reference, type JsonResumeDocument, type JsonResumeImportResult } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { CandidatesService } from './candidates.service';
import { ownerToWrite } from './profile-mapper';
import { toJsonResume } from './json-resume/export';
import { mergeJsonResume } from './json-resume/import';

@Injectable()
export class CandidateJsonResumeService {
  constructor(private readonly candidates: CandidatesService) {}

  async export(user: AuthUser) {
    const profile = await this.candidates.getMine(user);
    if (!profile.exists) throw new AppError(AppErrorCode.NOT_FOUND, [{ field: 'profile', message: 'candidate.profileRequired' }]);
    const basin = reference.basins.basins.find((b) => b.code === profile.basinCode);
    return toJsonResume(profile, basin?.label ?? null);
  }

  /**
   * Merges into the current profile (or a new draft: the missing required fields are listed in
   * `profile.missing` and asked for by the next PUT). One transaction, one outbox event, like a PUT.
   */
  async import(user: AuthUser, doc: JsonResumeDocument): Promise<JsonResumeImportResult> {
    const current = await this.candidates.getMine(user);
    const { write, report } = mergeJsonResume(doc, ownerToWrite(current));
    if (report.mapped.length === 0) {
      // Nothing usable: do not create an empty profile, say why instead.
      return { profile: current, report };
    }
    return { profile: await this.candidates.save(user, write), report };
  }
}
