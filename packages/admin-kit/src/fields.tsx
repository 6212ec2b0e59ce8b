import type { ReactNode } from 'react';
import {
  Box,
  Field,
  Grid,
  IconButton,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Textarea,
  Toggle,
  Typography,
} from '@strapi/design-system';
import { Trash } from '@strapi/icons';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** In a form grid (`Grid.Root`): the field is its own `FormCell` of `col` columns (`s` on small screens). */
  col?: number;
  s?: number;
}

/** A labelled field with its hint and error (Strapi's Field parts) around one input. */
export const FormField = ({ name, label, hint, error, required, col, s, children }: FieldProps & { children: ReactNode }) => {
  const field = (
    <Field.Root name={name} required={required} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      {children}
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
  return col ? (
    <FormCell col={col} s={s}>
      {field}
    </FormCell>
  ) : (
    field
  );
};

/** A whole-number field; an emptied input gives `undefined`. */
export const NumberField = ({
  value,
  onChange,
  placeholder,
  disabled,
  ...field
}: FieldProps & { value: number | undefined; onChange: (value: number | undefined) => void; placeholder?: string; disabled?: boolean }) => (
  <FormField {...field}>
    <NumberInput value={value} placeholder={placeholder} disabled={disabled} onValueChange={onChange} />
  </FormField>
);

/** A one-line text field. */
export const TextField = ({
  value,
  onChange,
  placeholder,
  maxLength,
  ...field
}: FieldProps & { value: string; onChange: (value: string) => void; placeholder?: string; maxLength?: number }) => (
  <FormField {...field}>
    <TextInput
      value={value}
      placeholder={placeholder}
      maxLength={maxLength}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
  </FormField>
);

/** A multi-line text field. */
export const TextareaField = ({ value, onChange, ...field }: FieldProps & { value: string; onChange: (value: string) => void }) => (
  <FormField {...field}>
    <Textarea value={value} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)} />
  </FormField>
);

export interface SelectOption {
  value: string;
  label: string;
}

/** A single choice among `options` (values are strings; convert at the caller). */
export const SelectField = ({
  value,
  onChange,
  options,
  ...field
}: FieldProps & { value: string; onChange: (value: string) => void; options: SelectOption[] }) => (
  <FormField {...field}>
    <SingleSelect value={value} onChange={(next: string | number) => onChange(String(next))}>
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </FormField>
);

const NO_FILTER = '*';

/** A list filter: one of `options`, or none (the first option, `anyLabel`; its value is `undefined`). */
export const FilterSelect = ({
  value,
  onChange,
  anyLabel,
  options,
  ...field
}: FieldProps & {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  anyLabel: string;
  options: SelectOption[];
}) => (
  <SelectField
    {...field}
    value={value ?? NO_FILTER}
    options={[{ value: NO_FILTER, label: anyLabel }, ...options]}
    onChange={(next) => onChange(next === NO_FILTER ? undefined : next)}
  />
);

/** An on/off field. */
export const ToggleField = ({
  checked,
  onChange,
  onLabel,
  offLabel,
  ...field
}: FieldProps & { checked: boolean; onChange: (checked: boolean) => void; onLabel: string; offLabel: string }) => (
  <FormField {...field}>
    <Toggle onLabel={onLabel} offLabel={offLabel} checked={checked} onChange={() => onChange(!checked)} />
  </FormField>
);

/** One cell of a form grid (`Grid.Root`): `col` of 12 columns, `s` on small screens; its field fills it. */
export const FormCell = ({ col, s, xs, end, children }: { col: number; s?: number; xs?: number; end?: boolean; children: ReactNode }) => (
  <Grid.Item col={col} s={s} xs={xs} direction="column" alignItems="stretch" justifyContent={end ? 'flex-end' : undefined}>
    {children}
  </Grid.Item>
);

/** The trash button at the end of a repeated form row, in its own narrow grid cell. */
export const RemoveRowButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <Grid.Item col={1} s={1} direction="column" alignItems="flex-end" justifyContent="flex-end">
    <IconButton label={label} variant="ghost" onClick={onClick}>
      <Trash />
    </IconButton>
  </Grid.Item>
);

/** The field errors of a refused save (`path: message`; a form-wide message has the empty path). */
export const FormErrors = ({ errors }: { errors: Record<string, string> }) =>
  Object.keys(errors).length === 0 ? null : (
    <Box background="danger100" padding={4} hasRadius>
      {Object.entries(errors).map(([path, message]) => (
        <Typography key={path} tag="p" textColor="danger700">
          {path ? `${path}: ${message}` : message}
        </Typography>
      ))}
    </Box>
  );

/** The first error at `prefix` or below it (`badgeLadders.0.thresholds.2` for `badgeLadders.0.thresholds`). */
export const errorAt = (errors: Record<string, string>, prefix: string) =>
  Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];
