import { RegisterRequest } from './auth';
import { translateMessage } from './messages';

describe('RegisterRequest', () => {
  it('normalises the e-mail and accepts a strong password', () => {
    const parsed = RegisterRequest.parse({ email: '  Alice@Example.FR ', password: 'Correct-horse-42', role: 'CANDIDATE' });
    expect(parsed.email).toBe('alice@example.fr');
  });
  it('explains a weak password in French and English', () => {
    const result = RegisterRequest.safeParse({ email: 'a@b.fr', password: 'aaaaaaaaaaaa', role: 'CANDIDATE' });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === 'password')!;
    expect(translateMessage(issue.message, 'fr')).toMatch(/trois types de caractères/);
    expect(translateMessage(issue.message, 'en')).toMatch(/three kinds of characters/);
  });
  it('refuses unknown fields and the ADMIN role', () => {
    expect(RegisterRequest.safeParse({ email: 'a@b.fr', password: 'Correct-horse-42', role: 'ADMIN' }).success).toBe(false);
    expect(
      RegisterRequest.safeParse({ email: 'a@b.fr', password: 'Correct-horse-42', role: 'CANDIDATE', isAdmin: true }).success,
    ).toBe(false);
  });
});
