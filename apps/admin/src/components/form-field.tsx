import { Form } from 'antd';
import type { ReactNode } from 'react';

/** Props that tie an input to its label and error text for screen readers. */
export function describeField(id: string, error: string | undefined) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const;
}

/**
 * A labelled form row in antd's look that works with react-hook-form: the label points at the input (`id`),
 * and the error sits under the field, linked by `aria-describedby` (see `describeField`).
 */
export function FormField({
  id,
  label,
  error,
  required,
  extra,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  required?: boolean;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      required={required}
      validateStatus={error ? 'error' : undefined}
      help={error ? <span id={`${id}-error`}>{error}</span> : undefined}
      extra={extra}
    >
      {children}
    </Form.Item>
  );
}
