import type { ReactNode } from 'react';
import { boolToOption, optionToBool } from '@/lib/url-filters';
import { LabelledField } from './labelled-field';
import styles from './filters.module.css';

export type SelectOption<V extends string> = { value: V; label: string };

/** A labelled `<select>` with an "Any" choice that removes the filter. */
export function SelectFilter<V extends string>({
  label,
  value,
  options,
  onChange,
  anyLabel = 'Any',
  error,
  disabled,
  hint,
}: {
  label: string;
  value: V | undefined;
  options: readonly SelectOption<V>[];
  onChange: (value: V | undefined) => void;
  anyLabel?: string;
  /** A server message for this filter (400 field error). */
  error?: string;
  disabled?: boolean;
  /** Why the control is disabled, or what it means; shown as its description. */
  hint?: ReactNode;
}) {
  const known = value === undefined || options.some((option) => option.value === value);
  return (
    <LabelledField label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          className={styles.control}
          value={value ?? ''}
          disabled={disabled}
          onChange={(event) => {
            const next = event.target.value;
            onChange(next === '' ? undefined : (next as V));
          }}
        >
          <option value="">{anyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {!known && <option value={value}>{value}</option>}
        </select>
      )}
    </LabelledField>
  );
}

/** An optional boolean filter: Any / Yes / No (the words can be specific: "Flagged" / "Clean"). */
export function TriStateSelect({
  label,
  value,
  onChange,
  yesLabel = 'Yes',
  noLabel = 'No',
  anyLabel = 'Any',
  error,
  disabled,
  hint,
}: {
  label: string;
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
  yesLabel?: string;
  noLabel?: string;
  anyLabel?: string;
  error?: string;
  disabled?: boolean;
  hint?: ReactNode;
}) {
  return (
    <SelectFilter
      label={label}
      value={boolToOption(value) || undefined}
      options={[
        { value: 'true', label: yesLabel },
        { value: 'false', label: noLabel },
      ]}
      anyLabel={anyLabel}
      onChange={(next) => onChange(optionToBool(next ?? ''))}
      error={error}
      disabled={disabled}
      hint={hint}
    />
  );
}
