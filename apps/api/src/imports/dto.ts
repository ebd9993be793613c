import { createZodDto } from 'nestjs-zod';
import { ImportIdParam, ImportsQuery } from '@talents/shared';

export class ImportsQueryDto extends createZodDto(ImportsQuery) {}
export class ImportIdParamDto extends createZodDto(ImportIdParam) {}
