import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { tokenStore } from '../../lib/token-store';
import { json, mockFetch, type Handler } from '../../test/fetch-mock';
import { renderWithProviders } from '../../test/render';
import { ProfilePage } from './profile-page';

const user = {
  id: 'u1',
  email: 'camille@example.fr',
  role: 'CANDIDATE' as const,
  locale: 'fr' as const,
  emailVerified: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  candidateProfileId: null,
  companyIds: [],
};
const session = { accessToken: 'token', user };

/** GET /candidates/me of a new account: no profile yet. */
const emptyProfile = {
  id: null, exists: false, email: user.email, firstName: '', lastName: '', phone: null, headline: null, bio: null,
  roleFamilies: [], skills: [], yearsOfExperience: 0, track: null, trainings: [], basinCode: null, town: null,
  lat: null, lon: null, mobilityRadiusKm: null, remotePreference: null, contractTypes: [], availableFrom: null,
  languages: [], links: [], salaryMin: null, salaryMax: null, gender: null, visibility: 'ANONYMOUS', cv: null,
  missing: ['firstName', 'lastName', 'roleFamilies', 'basinCode', 'contractTypes'], createdAt: null, updatedAt: null,
};

function setUp(handlers: Record<string, Handler> = {}) {
  tokenStore.set(session);
  const network = mockFetch({
    'POST /api/auth/refresh': () => json(200, session),
    'GET /api/candidates/me': () => json(200, emptyProfile),
    ...handlers,
  });
  renderWithProviders(<ProfilePage />);
  return network;
}

describe('Profile editor', () => {
  it('explains missing and invalid fields in French next to them, without calling the API', async () => {
    const u = userEvent.setup();
    const network = setUp();
    await u.type(await screen.findByLabelText('Téléphone'), '12');
    await u.click(screen.getByRole('button', { name: 'Enregistrer mon profil' }));

    const firstName = screen.getByLabelText('Prénom *');
    expect(firstName).toHaveAttribute('aria-invalid', 'true');
    expect(firstName).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(firstName).toHaveFocus();
    expect(screen.getByLabelText('Téléphone')).toHaveAccessibleDescription(
      expect.stringContaining('Numéro de téléphone invalide'),
    );
    expect(screen.getByRole('group', { name: 'Métiers recherchés *' })).toHaveAccessibleDescription(/./);
    expect(screen.getByLabelText('Bassin d’emploi *')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('alert').some((el) => /contient des erreurs/.test(el.textContent ?? ''))).toBe(true);
    expect(network.callsTo('PUT /api/candidates/me')).toHaveLength(0);
  });

  it('sends a valid profile as the PUT body and shows the server’s field errors', async () => {
    const u = userEvent.setup();
    const network = setUp({
      'PUT /api/candidates/me': () =>
        json(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Certains champs sont invalides.',
          details: [{ field: 'skills.0.name', message: 'Compétence inconnue.' }],
        }),
    });
    await u.type(await screen.findByLabelText('Prénom *'), 'Camille');
    await u.type(screen.getByLabelText('Nom *'), 'Durand');
    await u.type(screen.getByLabelText('Téléphone'), '06 12 34 56 78');
    await u.click(screen.getByRole('checkbox', { name: 'Développement informatique' }));
    await u.type(screen.getByLabelText('Années d’expérience dans le métier *'), '2');
    await u.click(screen.getByRole('button', { name: 'Ajouter une compétence' }));
    await u.type(screen.getByLabelText('Compétence 1'), 'TypeScript');
    await u.selectOptions(screen.getByLabelText('Niveau de la compétence 1'), '4');
    await u.selectOptions(screen.getByLabelText('Bassin d’emploi *'), 'LILLE');
    await u.click(screen.getByRole('checkbox', { name: 'CDI' }));
    await u.click(screen.getByRole('radio', { name: /Public/ }));
    await u.click(screen.getByRole('button', { name: 'Enregistrer mon profil' }));

    await vi.waitFor(() => expect(network.callsTo('PUT /api/candidates/me')).toHaveLength(1));
    const body = await network.callsTo('PUT /api/candidates/me')[0]!.json();
    expect(body).toMatchObject({
      firstName: 'Camille',
      lastName: 'Durand',
      phone: '0612345678',
      roleFamilies: ['DEV'],
      skills: [{ name: 'TypeScript', level: 4 }],
      yearsOfExperience: 2,
      basinCode: 'LILLE',
      contractTypes: ['CDI'],
      visibility: 'PUBLIC',
      gender: null,
      lat: null,
      lon: null,
    });
    expect(await screen.findByLabelText('Compétence 1')).toHaveAccessibleDescription('Compétence inconnue.');
    expect(screen.getAllByRole('alert').some((el) => el.textContent === 'Certains champs sont invalides.')).toBe(true);
  });
});
