import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { applyServerErrors, fieldErrorText } from './server-errors';

/**
 * The shared mechanics of the management forms: react-hook-form with the zod resolver, each field's error
 * text (schema keys translated, server words as they are), and a save that puts server field errors under
 * their fields and the remaining message in the form's alert.
 */
export function useAdminForm<T extends FieldValues>(options: {
  resolver: Resolver<T>;
  defaultValues: DefaultValues<T>;
  fields: readonly Path<T>[];
  onSubmit: (values: T) => Promise<unknown>;
  t: TFunction;
}) {
  const { resolver, defaultValues, fields, onSubmit, t } = options;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<T>({ resolver, defaultValues });
  const err = (name: Path<T> & keyof T) =>
    fieldErrorText(form.formState.errors[name] as { type?: string; message?: string } | undefined, t);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFormError(applyServerErrors(error, fields, form.setError, t));
    }
  });
  return { ...form, err, submit, formError };
}
