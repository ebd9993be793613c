import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { LoginForm } from './login-form';

const unauthorized = (message: string) => () => json(401, { statusCode: 401, error: 'Unauthorized', message });

describe('LoginForm', () => {
  it('shows the server’s message when the credentials are refused, without trying a refresh', async () => {
    const network = mockFetch({
      'POST /api/auth/refresh': unauthorized(''),
      'POST /api/auth/login': unauthorized('Adresse e-mail ou mot de passe incorrect.'),
    });
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Adresse e-mail'), 'alice@example.fr');
    await user.type(screen.getByLabelText('Mot de passe'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Adresse e-mail ou mot de passe incorrect.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.');
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeEnabled();
    expect(onSuccess).not.toHaveBeenCalled();
    const [login] = network.callsTo('POST /api/auth/login');
    expect(login?.headers.get('Accept-Language')).toBe('fr');
    expect(await login?.json()).toEqual({ email: 'alice@example.fr', password: 'wrong-password' });
    // Only the start-up refresh: a 401 from /auth/login means bad credentials, not an expired session.
    expect(network.callsTo('POST /api/auth/refresh')).toHaveLength(1);
  });

  it('asks for missing fields before calling the API', async () => {
    const network = mockFetch({ 'POST /api/auth/refresh': unauthorized('') });
    const user = userEvent.setup();
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(screen.getByLabelText('Adresse e-mail')).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(network.callsTo('POST /api/auth/login')).toHaveLength(0);
  });

  it('shows a disabled, busy button while logging in, then hands over the user', async () => {
    let answer: (response: Response) => void = () => undefined;
    const user = { id: 'u1', email: 'alice@example.fr', role: 'CANDIDATE', locale: 'fr', emailVerified: true };
    mockFetch({
      'POST /api/auth/refresh': unauthorized(''),
      'POST /api/auth/login': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const onSuccess = vi.fn();
    const person = userEvent.setup();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await person.type(screen.getByLabelText('Adresse e-mail'), 'alice@example.fr');
    await person.type(screen.getByLabelText('Mot de passe'), 'Correct-horse-42');
    await person.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('button', { name: 'Connexion en cours…' })).toBeDisabled();
    answer(json(200, { accessToken: 'token-1', user }));
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ email: 'alice@example.fr' })));
  });
});
