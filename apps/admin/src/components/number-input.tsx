import { formatDecimalText, formatIssueMessage, parseIdNumber } from '@inovda/domain';
import { Input, type InputRef } from 'antd';
import { useState, type Ref } from 'react';
import { useLanguage } from '../lib/use-language';

export interface TNumberInputProps {
  id?: string;
  name?: string;
  /** The number held by the form; NaN while the text typed cannot be read. */
  value: number | null | undefined;
  onChange: (value: number | undefined) => void;
  onBlur?: () => void;
  /** Why the typed text is not a number (in the screen's language), or null once it is. */
  onIssue?: (message: string | null) => void;
  maxDecimals?: number;
  allowNegative?: boolean;
  prefix?: string;
  disabled?: boolean;
  inputRef?: Ref<InputRef>;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A number typed the way people write it in the screen's language ('1.250.000.000', 'Rp 15.000.000,00' in
 * Indonesian), read by the shared number module (`parseIdNumber`), shown grouped again ('150.000.000') once
 * the field is left. antd's InputNumber reads '1.250.000' as nothing and shows '150000000'; this does not.
 */
export function NumberInput({
  value,
  onChange,
  onBlur,
  onIssue,
  maxDecimals = 0,
  allowNegative = false,
  inputRef,
  ...rest
}: TNumberInputProps) {
  const lng = useLanguage();
  const readable = typeof value === 'number' && Number.isFinite(value);
  const shown = readable ? formatDecimalText(String(value), lng) : '';
  // What the person is typing, kept while it still describes the form's value.
  const [typed, setTyped] = useState<{ text: string; value: number | undefined } | null>(null);
  const text = typed && Object.is(typed.value, value ?? undefined) ? typed.text : shown;
  return (
    <Input
      {...rest}
      ref={inputRef}
      inputMode={maxDecimals > 0 ? 'decimal' : 'numeric'}
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        let number: number | undefined;
        if (next.trim() === '') {
          number = undefined;
          onIssue?.(null);
        } else {
          const parsed = parseIdNumber(next, { lng, maxDecimals, allowNegative });
          number = parsed.ok ? Number(parsed.value.text) : Number.NaN;
          onIssue?.(parsed.ok ? null : formatIssueMessage(parsed.error.code, parsed.error.params, lng));
        }
        setTyped({ text: next, value: number });
        onChange(number);
      }}
      onBlur={() => {
        // Leaving the field writes a readable number in full ('1.250.000'); an unreadable text stays to fix.
        if (readable) setTyped(null);
        onBlur?.();
      }}
    />
  );
}
