import { createZodDto } from 'nestjs-zod';
import { TalentsQuery } from '@talents/shared';

export class TalentsQueryDto extends createZodDto(TalentsQuery) {}
