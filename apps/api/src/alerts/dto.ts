/** Nest DTO classes over the shared zod schemas: validation by the global pipe, documentation by OpenAPI. */
import { createZodDto } from 'nestjs-zod';
import { AlertIdParam, AlertsQuery, CreateAlertRequest, UnsubscribeQuery, UpdateAlertRequest } from '@talents/shared';

/**
 * A discriminated union is no class shape for TypeScript, so the base is cast; the statics the validation pipe
 * and OpenAPI read (isZodDto, schema) are inherited at run time all the same. Handlers read it as CreateAlertRequest.
 */
export class CreateAlertDto extends (createZodDto(CreateAlertRequest) as unknown as new () => object) {}
export class UpdateAlertDto extends createZodDto(UpdateAlertRequest) {}
export class AlertsQueryDto extends createZodDto(AlertsQuery) {}
export class AlertIdParamDto extends createZodDto(AlertIdParam) {}
export class UnsubscribeQueryDto extends createZodDto(UnsubscribeQuery) {}
