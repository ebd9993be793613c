/** Nest DTO classes over the shared zod schemas: validation by the global pipe, documentation by OpenAPI. */
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CloseOfferRequest, CompanyOffersQuery, CreateOfferRequest, OfferView, OffersQuery, UpdateOfferRequest } from '@talents/shared';

export class CreateOfferDto extends createZodDto(CreateOfferRequest) {}
export class UpdateOfferDto extends createZodDto(UpdateOfferRequest) {}
export class CloseOfferDto extends createZodDto(CloseOfferRequest) {}
export class OffersQueryDto extends createZodDto(OffersQuery) {}
export class CompanyOffersQueryDto extends createZodDto(CompanyOffersQuery) {}
export class OfferViewDto extends createZodDto(OfferView) {}
export class OfferWithJsonLdDto extends createZodDto(OfferView.extend({ jsonLd: z.record(z.string(), z.unknown()).nullable() })) {}

const Counts = z.record(z.string(), z.number());
export class OffersPageDto extends createZodDto(
  z.object({
    items: z.array(OfferView.extend({ distanceKm: z.number().optional() })),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
    facets: z.object({ roleFamily: Counts, basin: Counts, contractType: Counts, remote: Counts, skills: Counts }),
    facetsApproximate: z.literal(true).optional(),
    totalApproximate: z.literal(true).optional(),
  }),
) {}
