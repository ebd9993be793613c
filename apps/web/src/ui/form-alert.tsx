/**
 * The form-level message region. Always rendered (empty when there is nothing to say) so screen readers
 * already know the live region when a message is inserted and announce it.
 */
interface FormAlertProps {
  message?: string | null;
  tone?: 'error' | 'success';
}

export function FormAlert({ message, tone = 'error' }: FormAlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`alert alert--${tone}`}>
      {message ?? ''}
    </div>
  );
}
