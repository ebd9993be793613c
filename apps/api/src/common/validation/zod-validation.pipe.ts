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
    const nul = pathOfNul(input);
    if (nul) throw new ValidationFailed([{ code: 'custom', path: nul, message: 'text.nulCharacter', input: undefined }]);
    const result = dto.schema.safeParse(input, { reportInput: true });
    if (!result.success) throw new ValidationFailed(result.error.issues);
    return result.data;
  }
}

/** PostgreSQL text cannot hold U+0000: refused here, field by field, instead of failing at write time (500). */
function pathOfNul(value: unknown, path: PropertyKey[] = [], depth = 0): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (!value || typeof value !== 'object' || depth > 32) return null;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key];
    const found = pathOfNul(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
