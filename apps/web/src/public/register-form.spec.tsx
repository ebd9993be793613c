import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { json, mockFetch, type Handler } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { RegisterForm } from './register-form';

const noSession = () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' });

function setUp(handlers: Record<string, Handler> = {}) {
  // The start-up refresh finds no session; other endpoints answer only when a test scripts them.
  const network = mockFetch({ 'POST /api/auth/refresh': noSession, ...handlers });
  const onSuccess = vi.fn();
  renderWithProviders(<RegisterForm onSuccess={onSuccess} />);
  return { network, onSuccess };
}

describe('RegisterForm', () => {
  it('explains an invalid e-mail and a weak password in French, without calling the API', async () => {
    const user = userEvent.setup();
    const { network, onSuccess } = setUp();

    await user.type(screen.getByLabelText('Adresse e-mail'), 'pas-une-adresse');
    await user.type(screen.getByLabelText('Mot de passe'), 'aaaaaaaaaaaa');
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    const email = screen.getByLabelText('Adresse e-mail');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Adresse e-mail invalide.');
    const password = screen.getByLabelText('Mot de passe');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('au moins trois types de caractères'));
    expect(screen.getByRole('alert')).toHaveTextContent('Le formulaire contient des erreurs');
    expect(email).toHaveFocus();
    expect(network.callsTo('POST /api/auth/register')).toHaveLength(0);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('speaks English when the UI is in English', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    const { network } = setUp();

    await user.type(screen.getByLabelText('E-mail address'), 'someone@example.fr');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringContaining('at least 10 characters long'),
    );
    expect(screen.getByLabelText('E-mail address')).not.toHaveAttribute('aria-invalid');
    expect(network.callsTo('POST /api/auth/register')).toHaveLength(0);
  });

  it('sends a valid form with the chosen role and the UI language', async () => {
    const user = userEvent.setup();
    const created = { id: 'u1', email: 'alice@example.fr', role: 'RECRUITER', locale: 'fr', emailVerified: false };
    const { network, onSuccess } = setUp({ 'POST /api/auth/register': () => json(201, { user: created }) });

    await user.click(screen.getByLabelText(/Recruteur ou recruteuse/));
    await user.type(screen.getByLabelText('Adresse e-mail'), ' Alice@Example.fr ');
    await user.type(screen.getByLabelText('Mot de passe'), 'Correct-horse-42');
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledWith('alice@example.fr'));
    const [request] = network.callsTo('POST /api/auth/register');
    expect(await request?.json()).toEqual({
      email: 'alice@example.fr',
      password: 'Correct-horse-42',
      role: 'RECRUITER',
      locale: 'fr',
    });
  });
});
