/** Nest DTO classes over the shared zod schemas: validation by the global pipe, documentation by OpenAPI. */
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ApplicationIdParam, ApplicationView, ApplicationsQuery, ApplyRequest, UpdateApplicationRequest } from '@talents/shared';

export class ApplyDto extends createZodDto(ApplyRequest) {}
export class ApplicationsQueryDto extends createZodDto(ApplicationsQuery) {}
export class ApplicationIdParamDto extends createZodDto(ApplicationIdParam) {}
export class UpdateApplicationDto extends createZodDto(UpdateApplicationRequest) {}
export class ApplicationViewDto extends createZodDto(ApplicationView) {}
export class ApplicationListDto extends createZodDto(
  z.object({ items: z.array(ApplicationView), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
) {}
