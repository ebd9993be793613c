import { createZodDto } from 'nestjs-zod';
import { MatchesQuery } from '@talents/shared';

export class MatchesQueryDto extends createZodDto(MatchesQuery) {}
