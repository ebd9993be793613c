import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportJobView } from '@talents/shared';
import { json, mockFetch } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import type { UploadOptions } from '../lib/transfer';
import { ImportsPage } from './imports-page';

// The upload goes through XMLHttpRequest (progress events), which jsdom does not send anywhere: the test
// drives the transfer helper instead, reporting progress and answering when it decides.
const upload = vi.hoisted(() => ({ calls: [] as { path: string; body: FormData; options: UploadOptions; resolve(value: unknown): void }[] }));
vi.mock('../lib/transfer', () => ({
  uploadWithProgress: (path: string, body: FormData, options: UploadOptions) =>
    new Promise((resolve) => upload.calls.push({ path, body, options, resolve })),
  downloadFile: vi.fn(),
}));

const JOB_ID = '0190f3a0-0000-7000-8000-000000000001';
const noSession = () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' });
const job = (over: Partial<ImportJobView>): ImportJobView => ({
  id: JOB_ID, fileName: 'promo-2026.csv', status: 'PENDING', total: 0, processed: 0, errorCount: 0, failureReason: null, errors: [],
  createdAt: '2026-11-29T10:00:00.000Z', startedAt: null, finishedAt: null, ...over,
});
const emptyList = { items: [], total: 0, page: 1, pageSize: 10 };

afterEach(() => { upload.calls.length = 0; });

async function chooseAndSend(user: ReturnType<typeof userEvent.setup>) {
  const file = new File(['email;firstName\ncamille@example.fr;Camille\n'], 'promo-2026.csv', { type: 'text/csv' });
  await user.upload(screen.getByLabelText('Fichier CSV'), file);
  await user.click(screen.getByRole('button', { name: 'Importer' }));
  await waitFor(() => expect(upload.calls).toHaveLength(1));
  return upload.calls[0]!;
}

describe('ImportsPage', () => {
  it('shows the upload progress, then follows the job until it fails and lists the row errors in French', async () => {
    const user = userEvent.setup();
    const network = mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/admin/imports': () => json(200, emptyList),
      [`GET /api/admin/imports/${JOB_ID}`]: [
        () => json(200, job({ status: 'RUNNING', total: 4, processed: 2 })),
        () => json(200, job({
          status: 'FAILED', total: 4, processed: 4, errorCount: 2, failureReason: null,
          errors: [
            { rowNumber: 2, field: 'email', message: 'email.invalid' },
            { rowNumber: 3, field: null, message: 'Duplicate e-mail in the file' },
          ],
        })),
      ],
    });
    renderWithProviders(<ImportsPage />);
    expect(await screen.findByText('Aucun import pour le moment.')).toBeInTheDocument();

    const sent = await chooseAndSend(user);
    expect(sent.path).toBe('/admin/imports/candidates');
    expect((sent.body.get('file') as File).name).toBe('promo-2026.csv');
    sent.options.onProgress?.(0.42);
    const uploading = await screen.findByRole('progressbar');
    expect(uploading).toHaveAttribute('value', '42');
    expect(screen.getByText(/Envoi du fichier : 42 %/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Envoi en cours…' })).toBeDisabled();

    sent.resolve(job({}));
    // The job as the API answered the upload, then its progress from polling.
    await screen.findByRole('heading', { name: 'Import « promo-2026.csv »' });
    await screen.findByText('Lignes traitées : 2 sur 4');
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('max', '4');
    expect(bar).toHaveAttribute('value', '2');

    const failed = await screen.findByText('L’import a échoué : aucun candidat n’a été créé.', undefined, { timeout: 4000 });
    expect(failed.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole('heading', { name: '2 lignes en erreur' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Erreurs par ligne du fichier' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2', 'email', 'Adresse e-mail invalide.'],
      ['3', 'Toute la ligne', 'Duplicate e-mail in the file'],
    ]);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // Polling stopped with the failure; the history was asked again once the job settled.
    const polls = network.callsTo(`GET /api/admin/imports/${JOB_ID}`).length;
    expect(network.callsTo('GET /api/admin/imports').length).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(network.callsTo(`GET /api/admin/imports/${JOB_ID}`)).toHaveLength(polls);
  });

  it('shows the reason of a job that failed as a whole, and a finished one from the history', async () => {
    const user = userEvent.setup();
    mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/admin/imports': () => json(200, { items: [job({ status: 'FAILED', total: 0, failureReason: 'Unreadable file: not UTF-8' })], total: 1, page: 1, pageSize: 10 }),
      [`GET /api/admin/imports/${JOB_ID}`]: () => json(200, job({ status: 'FAILED', failureReason: 'Unreadable file: not UTF-8' })),
    });
    renderWithProviders(<ImportsPage />);
    const history = await screen.findByRole('table', { name: 'Imports précédents' });
    expect(within(history).getByRole('rowheader', { name: 'promo-2026.csv' })).toBeInTheDocument();
    expect(within(history).getByText('Échoué')).toBeInTheDocument();

    await user.click(within(history).getByRole('button', { name: 'Voir le détail de promo-2026.csv' }));
    expect(await screen.findByText('Cause : Unreadable file: not UTF-8')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Erreurs par ligne du fichier' })).not.toBeInTheDocument();
  });

  it('refuses a file that is not a CSV without sending it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    mockFetch({ 'POST /api/auth/refresh': noSession, 'GET /api/admin/imports': () => json(200, emptyList) });
    renderWithProviders(<ImportsPage />);
    await user.upload(screen.getByLabelText('Fichier CSV'), new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText('Le fichier doit être au format CSV.')).toBeInTheDocument();
    expect(screen.getByLabelText('Fichier CSV')).toHaveAttribute('aria-invalid', 'true');
    expect(upload.calls).toHaveLength(0);
  });
});
