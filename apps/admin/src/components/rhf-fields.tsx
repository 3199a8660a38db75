import { DatePicker, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeFieldIssue } from './field-error-text';
import { describeField, FormField } from './form-field';
import { NumberInput } from './number-input';

interface TBaseProps<F extends FieldValues> {
  control: Control<F>;
  name: FieldPath<F>;
  label: string;
  required?: boolean;
  extra?: ReactNode;
  disabled?: boolean;
  /** A message from the server for this field (zod's fieldErrors of the last save). */
  serverError?: string;
  /** Most characters (the schema's limit); shown as a counter under text inputs. */
  maxLength?: number;
}

function idOf(name: string) {
  return `field-${name.replace(/\./g, '-')}`;
}

/** Binds one field to react-hook-form and lays it out with its label and error (client or server). */
function useBoundField<F extends FieldValues>({ control, name, label, serverError }: TBaseProps<F>) {
  const { t, i18n } = useTranslation();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const error = describeFieldIssue(fieldState.error, label, i18n.resolvedLanguage ?? 'id', t) ?? serverError;
  const id = idOf(name);
  // The ref travels apart from the values: the React compiler treats any object holding a ref as a ref.
  const field = { value: value as unknown, onChange: onChange as (value: unknown) => void, onBlur, name };
  return [{ field, error, id, a11y: describeField(id, error) }, ref] as const;
}

export function TextField<F extends FieldValues>(
  props: TBaseProps<F> & { placeholder?: string; type?: string },
) {
  const [{ field, error, id, a11y }, inputRef] = useBoundField(props);
  return (
    <FormField id={id} label={props.label} error={error} required={props.required} extra={props.extra}>
      <Input
        {...a11y}
        ref={inputRef}
        name={field.name}
        type={props.type}
        value={(field.value as string | null | undefined) ?? ''}
        onChange={(e) =>
          field.onChange(
            props.type === 'date' || props.type === 'url' ? e.target.value || null : e.target.value,
          )
        }
        onBlur={field.onBlur}
        placeholder={props.placeholder}
        disabled={props.disabled}
        maxLength={props.maxLength}
        showCount={props.maxLength !== undefined && props.type !== 'url'}
      />
    </FormField>
  );
}

export function TextAreaField<F extends FieldValues>(
  props: TBaseProps<F> & { rows?: number; counter?: ReactNode },
) {
  const [{ field, error, id, a11y }, inputRef] = useBoundField(props);
  return (
    <FormField
      id={id}
      label={props.label}
      error={error}
      required={props.required}
      extra={
        props.extra || props.counter ? (
          <>
            {props.counter}
            {props.extra}
          </>
        ) : undefined
      }
    >
      <Input.TextArea
        {...a11y}
        ref={inputRef}
        name={field.name}
        value={(field.value as string | undefined) ?? ''}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
        autoSize={{ minRows: props.rows ?? 3, maxRows: 16 }}
        disabled={props.disabled}
        maxLength={props.maxLength}
        showCount={props.maxLength !== undefined}
      />
    </FormField>
  );
}

/** A whole number (an amount in rupiah, a count), typed and shown the way the screen's language writes it. */
export function NumberField<F extends FieldValues>(props: TBaseProps<F> & { prefix?: string }) {
  const [{ field, error, id }, inputRef] = useBoundField(props);
  const [issue, setIssue] = useState<string | null>(null);
  const shownError = issue ?? error;
  return (
    <FormField id={id} label={props.label} error={shownError} required={props.required} extra={props.extra}>
      <NumberInput
        {...describeField(id, shownError)}
        inputRef={inputRef}
        name={field.name}
        value={field.value as number | null | undefined}
        onChange={(value) => field.onChange(value)}
        onBlur={field.onBlur}
        onIssue={setIssue}
        prefix={props.prefix}
        disabled={props.disabled}
      />
    </FormField>
  );
}

/** What a person may type into a date field; the first is how the day is shown (Indonesian order). */
/** Enter confirms a typed day (the picker handles it first); it must not also submit the form around it. */
export function keepEnterInPicker(event: { key: string; preventDefault(): void }) {
  if (event.key === 'Enter') event.preventDefault();
}

export const DATE_INPUT_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'YYYY-MM-DD'];

/**
 * A calendar day, held by the form as 'YYYY-MM-DD' and shown and typed day first ('03/06/2024'), whatever the
 * browser's own locale: a native date input shows mm/dd/yyyy in an English-language Chrome.
 */
export function DateField<F extends FieldValues>(props: TBaseProps<F>) {
  const { t } = useTranslation();
  const [{ field, error, id, a11y }] = useBoundField(props);
  const value = typeof field.value === 'string' && field.value !== '' ? dayjs(field.value) : null;
  return (
    <FormField id={id} label={props.label} error={error} required={props.required} extra={props.extra}>
      <DatePicker
        {...a11y}
        name={field.name}
        value={value?.isValid() ? value : null}
        onChange={(day) => field.onChange(day ? day.format('YYYY-MM-DD') : null)}
        onBlur={field.onBlur}
        onKeyDown={keepEnterInPicker}
        format={DATE_INPUT_FORMATS}
        placeholder={t('dateInput.placeholder')}
        disabled={props.disabled}
        style={{ width: '100%' }}
      />
    </FormField>
  );
}

export interface TChoice<V extends string> {
  value: V;
  label: string;
}

export function SelectField<F extends FieldValues, V extends string>(
  props: TBaseProps<F> & { options: readonly TChoice<V>[]; multiple?: boolean; placeholder?: string },
) {
  const [{ field, error, id, a11y }, inputRef] = useBoundField(props);
  return (
    <FormField id={id} label={props.label} error={error} required={props.required} extra={props.extra}>
      <Select<V | V[]>
        {...a11y}
        ref={inputRef}
        value={(field.value as V | V[] | undefined) ?? (props.multiple ? [] : undefined)}
        onChange={(value) => field.onChange(value)}
        onBlur={field.onBlur}
        mode={props.multiple ? 'multiple' : undefined}
        options={props.options.map((o) => ({ value: o.value, label: o.label }))}
        placeholder={props.placeholder}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear={props.multiple}
        disabled={props.disabled}
      />
    </FormField>
  );
}

export function RadioField<F extends FieldValues, V extends string>(
  props: TBaseProps<F> & { options: readonly TChoice<V>[] },
) {
  const [{ field, error, id }] = useBoundField(props);
  return (
    <FormField id={id} label={props.label} error={error} required={props.required} extra={props.extra}>
      <Radio.Group
        id={id}
        name={field.name}
        aria-label={props.label}
        value={field.value}
        onChange={(e) => field.onChange(e.target.value as V)}
        options={props.options.map((o) => ({ value: o.value, label: o.label }))}
        disabled={props.disabled}
      />
    </FormField>
  );
}
