/** Nest DTO classes over the shared zod schemas: validation by the global pipe, documentation by OpenAPI. */
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  CandidateIdParam, CandidateProfileInput, CvInfo, JsonResumeDocument, JsonResumeImportReport, OwnerProfile, ViewerProfile,
} from '@talents/shared';

export class CandidateProfileInputDto extends createZodDto(CandidateProfileInput) {}
export class OwnerProfileDto extends createZodDto(OwnerProfile) {}
export class ViewerProfileDto extends createZodDto(ViewerProfile) {}
export class CandidateIdParamDto extends createZodDto(CandidateIdParam) {}
export class CvInfoDto extends createZodDto(CvInfo) {}
export class JsonResumeDocumentDto extends createZodDto(JsonResumeDocument) {}
export class JsonResumeImportResultDto extends createZodDto(z.object({ profile: OwnerProfile, report: JsonResumeImportReport })) {}
