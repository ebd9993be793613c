/** Nest DTO classes over the shared zod schemas: validation by the global pipe, documentation by OpenAPI. */
import { createZodDto } from 'nestjs-zod';
import {
  ForgotPasswordRequest, LoginRequest, LoginResponse, RegisterRequest, ResendVerificationRequest,
  ResetPasswordRequest, UserView, VerifyEmailRequest,
} from '@talents/shared';
import { z } from 'zod';

export class RegisterDto extends createZodDto(RegisterRequest) {}
export class LoginDto extends createZodDto(LoginRequest) {}
export class VerifyEmailDto extends createZodDto(VerifyEmailRequest) {}
export class ForgotPasswordDto extends createZodDto(ForgotPasswordRequest) {}
export class ResetPasswordDto extends createZodDto(ResetPasswordRequest) {}
export class ResendVerificationDto extends createZodDto(ResendVerificationRequest) {}
export class UserViewDto extends createZodDto(UserView) {}
export class UserEnvelopeDto extends createZodDto(z.object({ user: UserView })) {}
export class LoginResponseDto extends createZodDto(LoginResponse) {}
