import { createZodDto } from 'nestjs-zod';
import { AdminCompaniesQuery, AdminCompanyUpdate } from '@talents/shared';

export class AdminCompaniesQueryDto extends createZodDto(AdminCompaniesQuery) {}
export class AdminCompanyUpdateDto extends createZodDto(AdminCompanyUpdate) {}
