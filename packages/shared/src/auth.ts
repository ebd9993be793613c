/** Request and response shapes of /auth/*, used by the API (validation, OpenAPI) and the SPA (forms). */
import { z } from 'zod';
import { Locale, SelfServiceRole, UserRole } from './enums';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'email.invalid' })
  .pipe(z.email({ error: 'email.invalid' }));

/** At least 10 characters and three of four character classes: long enough to resist guessing, not a puzzle. */
export const Password = z
  .string()
  .min(10, { error: 'password.tooShort' })
  .max(128, { error: 'password.tooLong' })
  .refine((value) => characterClasses(value) >= 3, { error: 'password.tooWeak' });

function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}

/** Opaque one-time token from an e-mail link (base64url). */
export const OneTimeToken = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, { error: 'token.invalid' });

export const RegisterRequest = z.strictObject({
  email: Email,
  password: Password,
  role: SelfServiceRole,
  locale: Locale.optional(),
});
export type RegisterRequest = z.infer<typeof RegisterRequest>;

export const LoginRequest = z.strictObject({
  email: Email,
  password: z.string().min(1).max(128),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const VerifyEmailRequest = z.strictObject({ token: OneTimeToken });
export const ForgotPasswordRequest = z.strictObject({ email: Email });
export const ResetPasswordRequest = z.strictObject({ token: OneTimeToken, password: Password });
export const ResendVerificationRequest = z.strictObject({ email: Email });

export const UserView = z.object({
  id: z.string(),
  email: z.string(),
  role: UserRole,
  locale: Locale,
  emailVerified: z.boolean(),
  createdAt: z.string(),
  candidateProfileId: z.string().nullable(),
  companyIds: z.array(z.string()),
});
export type UserView = z.infer<typeof UserView>;

export const LoginResponse = z.object({ accessToken: z.string(), user: UserView });
export type LoginResponse = z.infer<typeof LoginResponse>;
