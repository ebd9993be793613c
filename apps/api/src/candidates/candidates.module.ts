import { Module } from '@nestjs/common';
import { FilesModule } from '../common/files/files.module';
import { CandidateCvController } from './candidate-cv.controller';
import { CandidateCvService } from './candidate-cv.service';
import { CandidateJsonResumeService } from './candidate-json-resume.service';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';

/** Candidate profiles, CVs and JSON Resume. Exports the service so talent search can reuse the viewer logic. */
@Module({
  imports: [FilesModule],
  controllers: [CandidatesController, CandidateCvController],
  providers: [CandidatesRepository, CandidatesService, CandidateCvService, CandidateJsonResumeService],
  exports: [CandidatesService, CandidatesRepository],
})
export class CandidatesModule {}
