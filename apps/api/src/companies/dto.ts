/** Nest DTO classes over the shared zod schemas: validation by the global pipe, documentation by OpenAPI. */
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  AcceptInvitationRequest, CompanyMemberView, CompanyView, CreateCompanyRequest, CreateInvitationRequest,
  InvitationView, Page, UpdateCompanyRequest,
} from '@talents/shared';

export class CreateCompanyDto extends createZodDto(CreateCompanyRequest) {}
export class UpdateCompanyDto extends createZodDto(UpdateCompanyRequest) {}
export class CreateInvitationDto extends createZodDto(CreateInvitationRequest) {}
export class AcceptInvitationDto extends createZodDto(AcceptInvitationRequest) {}
export class MembersQueryDto extends createZodDto(Page.strict()) {}
export class CompanyViewDto extends createZodDto(CompanyView) {}
export class InvitationEnvelopeDto extends createZodDto(z.object({ invitation: InvitationView })) {}
export class MembersPageDto extends createZodDto(
  z.object({ items: z.array(CompanyMemberView), total: z.number(), page: z.number(), pageSize: z.number() }),
) {}
