import type { ReactNode } from 'react';
import { Box, Field, NumberInput, TextInput, Textarea, Typography } from '@strapi/design-system';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

/** A labelled field with its hint and error (Strapi's Field parts) around one input. */
export const FormField = ({ name, label, hint, error, required, children }: FieldProps & { children: ReactNode }) => (
  <Field.Root name={name} required={required} error={error} hint={hint}>
    <Field.Label>{label}</Field.Label>
    {children}
    <Field.Error />
    <Field.Hint />
  </Field.Root>
);

/** A whole-number field; an emptied input gives `undefined`. */
export const NumberField = ({
  value,
  onChange,
  placeholder,
  ...field
}: FieldProps & { value: number | undefined; onChange: (value: number | undefined) => void; placeholder?: string }) => (
  <FormField {...field}>
    <NumberInput value={value} placeholder={placeholder} onValueChange={onChange} />
  </FormField>
);

/** A one-line text field. */
export const TextField = ({
  value,
  onChange,
  placeholder,
  ...field
}: FieldProps & { value: string; onChange: (value: string) => void; placeholder?: string }) => (
  <FormField {...field}>
    <TextInput
      value={value}
      placeholder={placeholder}
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
