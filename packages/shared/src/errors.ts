/** The error body of every 4xx/5xx (API.md). */
import { z } from 'zod';

export const ErrorDetail = z.object({ field: z.string(), message: z.string() });
export const ErrorBody = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  details: z.array(ErrorDetail).optional(),
  errorId: z.string().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Page = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type Page = z.infer<typeof Page>;

export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
