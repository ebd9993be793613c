import { createZodDto } from 'nestjs-zod';
import { KpiQuery } from '@talents/shared';

export class KpiQueryDto extends createZodDto(KpiQuery) {}
