import { describe, expect, it } from 'vitest';
import { LoginRequest, RegisterRequest } from '@talents/shared';
import { ApiError } from './api-error';
import { fieldErrorsFromApi, validate } from './validation';

describe('validate', () => {
  it('localises zod’s built-in messages with zod’s locale for the UI language', () => {
    const values = { email: 'a@b.fr', password: 'x'.repeat(129) };
    const fr = validate(LoginRequest, values, 'fr', 'requis');
    const en = validate(LoginRequest, values, 'en', 'required');
    expect(fr).toMatchObject({ success: false, errors: { password: expect.stringMatching(/^Trop grand/) } });
    expect(en).toMatchObject({ success: false, errors: { password: expect.stringMatching(/^Too big/) } });
  });

  it('translates the contract’s own message keys and reports empty fields as required', () => {
    const result = validate(RegisterRequest, { email: '', password: 'abcdefghijkl', role: 'CANDIDATE' }, 'fr', 'requis');
    expect(result).toEqual({
      success: false,
      errors: { email: 'requis', password: expect.stringContaining('trois types de caractères') },
    });
  });

  it('returns the parsed data (normalised e-mail) when valid', () => {
    const result = validate(LoginRequest, { email: ' Alice@Example.FR ', password: 'x' }, 'fr', 'requis');
    expect(result).toEqual({ success: true, data: { email: 'alice@example.fr', password: 'x' } });
  });
});

describe('fieldErrorsFromApi', () => {
  it('keys the server’s details by top-level field, first message wins', () => {
    const error = new ApiError({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Données invalides.',
      details: [
        { field: 'email', message: 'Déjà utilisée.' },
        { field: 'email', message: 'Autre.' },
        { field: 'skills.0.level', message: 'Niveau inconnu.' },
      ],
    });
    expect(fieldErrorsFromApi(error)).toEqual({ email: 'Déjà utilisée.', skills: 'Niveau inconnu.' });
  });
});
