/** Downloads the KPI CSV with the bearer token (a plain link would be anonymous): fetched as a Blob, then saved. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import { adminApi, type KpiParams } from './admin-api';
import './i18n';

export function CsvExportButton({ params }: { params: KpiParams }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setPending(true);
    setError(null);
    try {
      const blob = await adminApi.kpisCsv(params);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `kpis-${params.from ?? 'debut'}_${params.to ?? 'aujourdhui'}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: some browsers read the URL asynchronously after click().
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (cause) {
      setError(describeError(cause, t));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="csv-export">
      <button type="button" className="button button--secondary" onClick={() => void download()} disabled={pending} aria-busy={pending || undefined}>
        {pending ? ta('kpis.exporting') : ta('kpis.export')}
      </button>
      <div role="alert" className="alert alert--error">{error ?? ''}</div>
    </div>
  );
}
