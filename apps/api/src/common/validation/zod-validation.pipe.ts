/**
 * Global validation: every body, query and param typed with a `createZodDto` class is parsed with its zod
 * schema (strict objects reject unknown fields; values are coerced and normalised). Issues travel raw to the
 * exception filter, which localises them: a pipe does not know the caller's language.
 */
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

export class ValidationFailed extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('validation failed');
  }
}

interface ZodDtoClass {
  isZodDto?: boolean;
  schema?: z.ZodType;
}

@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const dto = metadata.metatype as ZodDtoClass | undefined;
    if (!dto?.isZodDto || !dto.schema) return value;
    // Fastify parses query strings into null-prototype objects; zod wants plain ones.
    const input = value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : value;
    const result = dto.schema.safeParse(input, { reportInput: true });
    if (!result.success) throw new ValidationFailed(result.error.issues);
    return result.data;
  }
}
