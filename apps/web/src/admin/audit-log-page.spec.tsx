import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditLogItem } from '@talents/shared';
import { json, mockFetch } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { AuditLogPage } from './audit-log-page';

const noSession = () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' });
const ADMIN_ID = '0190f3a0-0000-7000-8000-00000000000a';
const entry = (over: Partial<AuditLogItem>): AuditLogItem => ({
  id: '0190f3a0-0000-7000-8000-000000000100', actorId: ADMIN_ID, actorRole: 'ADMIN', action: 'company.suspend', targetType: 'company',
  targetId: '0190f3a0-0000-7000-8000-0000000000c1', metadata: { reason: 'SIREN radié' }, ip: null, createdAt: '2026-11-29T10:15:00.000Z', ...over,
});
const pageOf = (items: AuditLogItem[], total = items.length, page = 1) => ({ items, total, page, pageSize: 25 });
const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

describe('AuditLogPage', () => {
  it('shows actions and targets in words and sends the chosen filters', async () => {
    const user = userEvent.setup();
    const network = mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/admin/audit-log': [
        () => json(200, pageOf([entry({}), entry({ id: 'e2', actorId: null, actorRole: null, action: 'user.erase', targetType: 'user', metadata: {} })])),
        () => json(200, pageOf([])),
      ],
    });
    renderWithProviders(<AuditLogPage />);

    const table = await screen.findByRole('table', { name: 'Journal d’audit' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('Suspension d’une entreprise');
    expect(first).toHaveTextContent(`Administrateur${ADMIN_ID}`);
    expect(first).toHaveTextContent('MotifSIREN radié');
    expect(second).toHaveTextContent('Effacement d’un compte (RGPD)');
    expect(second).toHaveTextContent('Système (automatique)');
    expect(screen.getByRole('status')).toHaveTextContent('2 entrées');

    await user.selectOptions(screen.getByLabelText('Action'), 'Vérification d’une entreprise');
    await user.selectOptions(screen.getByLabelText('Type de cible'), 'Entreprise');
    await user.type(screen.getByLabelText(/Identifiant de l’auteur/), ADMIN_ID);
    await user.type(screen.getByLabelText('Du'), '2026-11-01');
    await user.type(screen.getByLabelText('Au'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));

    expect(await screen.findByText('Aucune entrée ne correspond à ces filtres.')).toBeInTheDocument();
    const calls = network.callsTo('GET /api/admin/audit-log');
    expect(queryOf(calls[0]!)).toEqual({ page: '1', pageSize: '25' });
    expect(queryOf(calls[1]!)).toEqual({
      action: 'company.verify', targetType: 'company', actorId: ADMIN_ID, from: '2026-11-01', to: '2026-11-30', page: '1', pageSize: '25',
    });
  });

  it('explains a wrong filter next to its field instead of asking the API', async () => {
    const user = userEvent.setup();
    const network = mockFetch({ 'POST /api/auth/refresh': noSession, 'GET /api/admin/audit-log': () => json(200, pageOf([entry({})])) });
    renderWithProviders(<AuditLogPage />);
    await screen.findByRole('table', { name: 'Journal d’audit' });

    await user.type(screen.getByLabelText('Du'), '2026-11-30');
    await user.type(screen.getByLabelText('Au'), '2026-11-01');
    await user.type(screen.getByLabelText(/Identifiant de l’auteur/), 'pas-un-uuid');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));

    expect(await screen.findByText('La date de début doit précéder la date de fin.')).toBeInTheDocument();
    expect(screen.getByLabelText('Du')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Identifiant de l’auteur/)).toHaveAttribute('aria-invalid', 'true');
    expect(network.callsTo('GET /api/admin/audit-log')).toHaveLength(1);
  });

  it('pages through the log keeping the filters, and offers to retry when the API fails', async () => {
    const user = userEvent.setup();
    const network = mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/admin/audit-log': [
        () => json(500, { statusCode: 500, error: 'Internal Server Error', message: 'Erreur interne (réf. abc).' }),
        () => json(200, pageOf([entry({})], 60)),
        () => json(200, pageOf([entry({ id: 'e3', action: 'candidate.cv.download', targetType: 'candidate' })], 60, 2)),
      ],
    });
    renderWithProviders(<AuditLogPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Erreur interne (réf. abc).');
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));

    await screen.findByText('Page 1 sur 3');
    await user.click(screen.getByRole('button', { name: 'Page suivante' }));
    expect(await screen.findByRole('cell', { name: 'Téléchargement d’un CV' })).toBeInTheDocument();
    await waitFor(() => expect(queryOf(network.callsTo('GET /api/admin/audit-log')[2]!)).toEqual({ page: '2', pageSize: '25' }));
  });
});
