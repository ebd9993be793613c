/**
 * Domain error codes and their one HTTP status each. Services throw `AppError`; the exception filter turns it
 * into the API.md error body with a message in the caller's language.
 */
import type { Locale } from '@talents/shared';

export enum AppErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
  FORBIDDEN = 'FORBIDDEN',
  COMPANY_NOT_VERIFIED = 'COMPANY_NOT_VERIFIED',
  UNPROCESSABLE = 'UNPROCESSABLE',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  TOKEN_INVALID = 'TOKEN_INVALID',
  REFRESH_INVALID = 'REFRESH_INVALID',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** A per-day business quota (e.g. contact requests per company), distinct from per-IP throttling. */
  DAILY_LIMIT_REACHED = 'DAILY_LIMIT_REACHED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  VALIDATION_FAILED: 400,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  REFRESH_INVALID: 401,
  EMAIL_NOT_VERIFIED: 403,
  ACCOUNT_SUSPENDED: 403,
  FORBIDDEN: 403,
  COMPANY_NOT_VERIFIED: 403,
  UNPROCESSABLE: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  CONFLICT: 409,
  TOKEN_INVALID: 400,
  TOO_MANY_REQUESTS: 429,
  DAILY_LIMIT_REACHED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

const MESSAGES: Record<Locale, Record<AppErrorCode, string>> = {
  fr: {
    VALIDATION_FAILED: 'Certains champs sont invalides.',
    INVALID_CREDENTIALS: 'E-mail ou mot de passe incorrect.',
    UNAUTHENTICATED: 'Veuillez vous connecter.',
    REFRESH_INVALID: 'Votre session a expiré, veuillez vous reconnecter.',
    EMAIL_NOT_VERIFIED: 'Confirmez d’abord votre adresse e-mail (lien envoyé à l’inscription).',
    ACCOUNT_SUSPENDED: 'Ce compte est suspendu. Contactez l’équipe de la Banque des talents.',
    FORBIDDEN: 'Vous n’avez pas accès à cette ressource.',
    COMPANY_NOT_VERIFIED: 'Votre entreprise doit d’abord être vérifiée par l’équipe de la Banque des talents.',
    UNPROCESSABLE: 'Cette action n’est pas possible dans l’état actuel.',
    PAYLOAD_TOO_LARGE: 'Fichier trop volumineux (5 Mo au maximum).',
    UNSUPPORTED_MEDIA_TYPE: 'Format de fichier non accepté.',
    NOT_FOUND: 'Ressource introuvable.',
    EMAIL_TAKEN: 'Un compte existe déjà avec cette adresse e-mail.',
    CONFLICT: 'Cette action est en conflit avec l’état actuel.',
    TOKEN_INVALID: 'Ce lien est invalide ou a expiré.',
    TOO_MANY_REQUESTS: 'Trop de tentatives. Réessayez dans quelques minutes.',
    DAILY_LIMIT_REACHED: 'Limite quotidienne atteinte. Réessayez demain.',
    SERVICE_UNAVAILABLE: 'Service momentanément indisponible. Réessayez dans un instant.',
    INTERNAL: 'Une erreur inattendue est survenue.',
  },
  en: {
    VALIDATION_FAILED: 'Some fields are invalid.',
    INVALID_CREDENTIALS: 'Wrong e-mail or password.',
    UNAUTHENTICATED: 'Please log in.',
    REFRESH_INVALID: 'Your session has expired, please log in again.',
    EMAIL_NOT_VERIFIED: 'Please confirm your e-mail address first (link sent at registration).',
    ACCOUNT_SUSPENDED: 'This account is suspended. Contact the talent bank team.',
    FORBIDDEN: 'You do not have access to this resource.',
    COMPANY_NOT_VERIFIED: 'Your company must first be verified by the talent bank team.',
    UNPROCESSABLE: 'This action is not possible in the current state.',
    PAYLOAD_TOO_LARGE: 'File too large (5 MB at most).',
    UNSUPPORTED_MEDIA_TYPE: 'File format not accepted.',
    NOT_FOUND: 'Not found.',
    EMAIL_TAKEN: 'An account already exists with this e-mail address.',
    CONFLICT: 'This action conflicts with the current state.',
    TOKEN_INVALID: 'This link is invalid or has expired.',
    TOO_MANY_REQUESTS: 'Too many attempts. Try again in a few minutes.',
    DAILY_LIMIT_REACHED: 'Daily limit reached. Try again tomorrow.',
    SERVICE_UNAVAILABLE: 'Service temporarily unavailable. Try again in a moment.',
    INTERNAL: 'An unexpected error occurred.',
  },
};

export function errorMessage(code: AppErrorCode, locale: Locale): string {
  return MESSAGES[locale][code];
}

export class AppError extends Error {
  /** `details` messages should already be in the caller's language, or be keys of @talents/shared messages. */
  constructor(
    readonly code: AppErrorCode,
    readonly details?: { field: string; message: string }[],
  ) {
    super(code);
  }
}
