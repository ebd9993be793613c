import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { ApiError } from '../lib/api-error';
import { tokenStore } from '../lib/token-store';
import { HomePage } from '../public/home-page';
import { json, mockFetch } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { accountApi } from './account-api';
import { DeleteAccount } from './delete-account';

vi.mock('./account-api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./account-api')>();
  return { ...actual, accountApi: { ...actual.accountApi, deleteAccount: vi.fn() } };
});
const deleteAccount = vi.mocked(accountApi.deleteAccount);

const candidate = {
  id: 'u1', email: 'camille@example.fr', role: 'CANDIDATE' as const, locale: 'fr' as const, emailVerified: true,
  createdAt: '2025-01-01T00:00:00.000Z', candidateProfileId: 'p1', companyIds: [],
};
const session = { accessToken: 'token', user: candidate };

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/candidate/my-data" element={<DeleteAccount role="CANDIDATE" />} />
    </Routes>,
    { route: '/candidate/my-data' },
  );
}

describe('account deletion', () => {
  beforeEach(() => {
    deleteAccount.mockReset();
    tokenStore.set(session);
    mockFetch({
      'POST /api/auth/refresh': () => json(200, session),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
  });

  it('explains what is erased and sends nothing before the password is typed and confirmed', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Supprimer mon compte…' }));
    const dialog = screen.getByRole('dialog', { name: 'Supprimer définitivement votre compte ?' });
    expect(within(dialog).getByText('votre profil, votre CV et vos liens ;')).toBeInTheDocument();
    expect(within(dialog).getByText(/statistiques anonymes/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement' }));
    expect(within(dialog).getByText('Saisissez votre mot de passe pour confirmer.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deleteAccount).not.toHaveBeenCalled();
  });

  it('says so when the password is wrong, and keeps the session', async () => {
    const user = userEvent.setup();
    deleteAccount.mockRejectedValue(new ApiError({ statusCode: 401, error: 'Unauthorized', message: 'E-mail ou mot de passe incorrect.' }));
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Supprimer mon compte…' }));
    await user.type(screen.getByLabelText('Votre mot de passe, pour confirmer'), 'pas le bon');
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    expect(await screen.findByText('Mot de passe incorrect.')).toBeInTheDocument();
    expect(tokenStore.get()).not.toBeNull();
  });

  it('erases, logs out and lands on the home page with a message', async () => {
    const user = userEvent.setup();
    deleteAccount.mockResolvedValue(undefined);
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Supprimer mon compte…' }));
    await user.type(screen.getByLabelText('Votre mot de passe, pour confirmer'), 'Correct-horse-42');
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));

    expect(await screen.findByText(/Votre compte a été supprimé/)).toBeInTheDocument();
    expect(deleteAccount).toHaveBeenCalledExactlyOnceWith({ password: 'Correct-horse-42' });
    expect(tokenStore.get()).toBeNull();
  });
});
