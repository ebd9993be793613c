import { z } from 'zod';
import { RegisterRequest } from '@talents/shared';
import { localiseIssues } from './localise-issues';

describe('localiseIssues', () => {
  const issuesOf = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) throw new Error('expected a failure');
    return result.error.issues;
  };

  it('words built-in and custom issues in French, one per field', () => {
    const details = localiseIssues(issuesOf(RegisterRequest, { email: 'nope', password: 'short', role: 'X', extra: 1 }), 'fr');
    expect(details).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'Adresse e-mail invalide.' },
        { field: 'password', message: 'Le mot de passe doit contenir au moins 10 caractères.' },
        { field: 'extra', message: 'Champ non autorisé.' },
      ]),
    );
    expect(details.find((d) => d.field === 'role')?.message).toMatch(/Option invalide/);
  });

  it('words the same issues in English and never echoes the input', () => {
    const details = localiseIssues(issuesOf(RegisterRequest, { email: 'secret@@x', password: 'short', role: 'CANDIDATE' }), 'en');
    expect(details.find((d) => d.field === 'password')?.message).toBe('The password must be at least 10 characters long.');
    expect(JSON.stringify(details)).not.toContain('secret@@x');
  });
});
