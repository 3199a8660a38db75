import { Radio } from 'antd';
import type { ReactNode } from 'react';
import './option-cards.css';

export interface TOptionCard<V extends string | number> {
  value: V;
  title: ReactNode;
  description?: ReactNode;
  aside?: ReactNode;
}

/**
 * Radio buttons drawn as cards, for choices whose text is long (the official indicator parameters). Native
 * radios underneath: arrow keys move between options, the group has an accessible name.
 */
export function OptionCards<V extends string | number>({
  name,
  label,
  options,
  value,
  onChange,
  disabled,
}: {
  name: string;
  label: string;
  options: readonly TOptionCard<V>[];
  value: V | null;
  onChange: (value: V) => void;
  disabled?: boolean;
}) {
  return (
    <Radio.Group
      name={name}
      aria-label={label}
      className="option-cards"
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as V)}
    >
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="option-card">
          <span className="option-card-title">{option.title}</span>
          {option.description && <span className="option-card-text">{option.description}</span>}
          {option.aside && <span className="option-card-aside">{option.aside}</span>}
        </Radio>
      ))}
    </Radio.Group>
  );
}
