import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { CompanyForm } from './company-form';

const noSession = () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' });

describe('CompanyForm', () => {
  it('refuses a SIREN whose Luhn key is wrong, without calling the API', async () => {
    const user = userEvent.setup();
    const network = mockFetch({ 'POST /api/auth/refresh': noSession });
    const onSaved = vi.fn();
    renderWithProviders(<CompanyForm onSaved={onSaved} />);

    await user.type(screen.getByLabelText('Raison sociale'), 'Acme Numérique');
    await user.type(screen.getByLabelText('SIREN'), '732 829 321'); // 732829320 is valid: the last digit is off by one
    await user.selectOptions(screen.getByLabelText('Code NAF (activité)'), '6201Z');
    await user.selectOptions(screen.getByLabelText('Effectif'), 'SMALL');
    await user.selectOptions(screen.getByLabelText('Bassin d’emploi'), 'LILLE');
    await user.type(screen.getByLabelText('Commune'), 'Lille');
    await user.click(screen.getByRole('button', { name: 'Inscrire l’entreprise' }));

    const siren = screen.getByLabelText('SIREN');
    expect(siren).toHaveAttribute('aria-invalid', 'true');
    expect(siren).toHaveAccessibleDescription(expect.stringContaining('SIREN invalide'));
    expect(siren).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Le formulaire contient des erreurs');
    expect(network.callsTo('POST /api/companies')).toHaveLength(0);
    expect(onSaved).not.toHaveBeenCalled();
  });
});
