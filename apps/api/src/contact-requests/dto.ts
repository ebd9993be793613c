/** Nest DTO classes over the shared zod schemas: validation by the global pipe, documentation by OpenAPI. */
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  AnswerContactRequest, ContactRequestCandidateParam, ContactRequestIdParam, ContactRequestView, ContactRequestsQuery,
  CreateContactRequest,
} from '@talents/shared';

export class CreateContactRequestDto extends createZodDto(CreateContactRequest) {}
export class AnswerContactRequestDto extends createZodDto(AnswerContactRequest) {}
export class ContactRequestsQueryDto extends createZodDto(ContactRequestsQuery) {}
export class ContactRequestCandidateParamDto extends createZodDto(ContactRequestCandidateParam) {}
export class ContactRequestIdParamDto extends createZodDto(ContactRequestIdParam) {}
export class ContactRequestViewDto extends createZodDto(ContactRequestView) {}
export class ContactRequestListDto extends createZodDto(
  z.object({ items: z.array(ContactRequestView), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
) {}
