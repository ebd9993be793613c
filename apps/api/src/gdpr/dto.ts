import { createZodDto } from 'nestjs-zod';
import { DeleteAccountRequest } from '@talents/shared';

export class DeleteAccountRequestDto extends createZodDto(DeleteAccountRequest) {}
