import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { describeError } from '../../lib/app-error';

/**
 * Shows a failed save where it belongs: each server field error under its field (type `server`, already in
 * words), and returns the one-sentence message for the form's alert.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
  t: TFunction,
): string {
  const view = describeError(error, t);
  for (const [field, messages] of Object.entries(view.fieldErrors)) {
    const name = fields.find((f) => f === field);
    if (name) setError(name, { type: 'server', message: messages.join(' ') });
  }
  return view.message;
}

/** A field's error text: schema messages are `admin` keys to translate; server messages are already words. */
export function fieldErrorText(
  error: { type?: string; message?: string } | undefined,
  t: TFunction,
): string | undefined {
  if (!error?.message) return undefined;
  return error.type === 'server' ? error.message : t(error.message, { ns: 'admin' });
}
