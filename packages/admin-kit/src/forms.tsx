import { useCallback, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { Button, Grid, Link } from '@strapi/design-system';
import { ArrowLeft, Check, Plus } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { apiErrorMessage, apiValidationErrors } from './request';

interface SubmitMessages<Result> {
  /** A success notification (none: the caller says what happened). */
  success?: (result: Result) => string;
  /** Shown when the server gives no message. */
  failure: string;
  /**
   * Where a refusal without field errors goes: that field's error (a small form), or, without it, a
   * danger notification (the field errors of a 400 always go next to their fields).
   */
  messageField?: string;
}

/**
 * A form's save: `saving` while it runs, the server's field errors (`path → message`, from a 400's zod
 * issues) in `errors`, cleared after a success. `submit(save, messages)` resolves to the result, or
 * `undefined` when it was refused.
 */
export function useFormSubmit() {
  const { toggleNotification } = useNotification();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const submit = useCallback(
    async <Result,>(save: () => Promise<Result>, { success, failure, messageField }: SubmitMessages<Result>) => {
      setSaving(true);
      try {
        const result = await save();
        setErrors({});
        if (success) toggleNotification({ type: 'success', message: success(result) });
        return result;
      } catch (error) {
        const fields = apiValidationErrors(error);
        const message = apiErrorMessage(error) ?? failure;
        if (messageField !== undefined && Object.keys(fields).length === 0) setErrors({ [messageField]: message });
        else {
          setErrors(fields);
          if (messageField === undefined) toggleNotification({ type: 'danger', message });
        }
        return undefined;
      } finally {
        setSaving(false);
      }
    },
    [toggleNotification]
  );
  return { errors, setErrors, saving, submit };
}

/**
 * Binds kit fields to one form object: `const field = fieldBinder(form, setForm, errors)`, then
 * `<TextField label={…} {...field('name')} />` gets the field's name, value, change handler and server
 * error (`field('targetStatesText', 'targetStates')` when the body's path differs from the form key).
 */
export function fieldBinder<Form extends object>(form: Form, setForm: Dispatch<SetStateAction<Form>>, errors: Record<string, string>) {
  return <Key extends keyof Form & string>(key: Key, name: string = key) => ({
    name,
    error: errors[name],
    value: form[key],
    onChange: (value: Form[Key]) => setForm((current) => ({ ...current, [key]: value })),
  });
}

/** A link back to a list page, drawn as a link (Strapi's own back links), for `Layouts.Header`'s navigationAction. */
export const BackLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <Link tag={NavLink} to={to} startIcon={<ArrowLeft />}>
    {children}
  </Link>
);

interface FormPageProps {
  title: string;
  subtitle?: string;
  onSubmit: () => void;
  saving: boolean;
  saveLabel: string;
  /** The save button is disabled (the admin may read but not save). */
  readOnly?: boolean;
  back?: ReactNode;
  children: ReactNode;
}

/** A page that is one form: document title, header with the Save (submit) button, an optional back link, content. */
export const FormPage = ({ title, subtitle, onSubmit, saving, saveLabel, readOnly, back, children }: FormPageProps) => (
  <form
    onSubmit={(event) => {
      event.preventDefault();
      onSubmit();
    }}
  >
    <Page.Title>{title}</Page.Title>
    <Layouts.Header
      navigationAction={back}
      title={title}
      subtitle={subtitle}
      primaryAction={
        <Button type="submit" startIcon={<Check />} loading={saving} disabled={readOnly}>
          {saveLabel}
        </Button>
      }
    />
    <Layouts.Content>{children}</Layouts.Content>
  </form>
);

interface AddFormProps {
  onSubmit: () => void;
  submitLabel: string;
  saving: boolean;
  disabled?: boolean;
  /** The submit button's width in the 12-column grid (the fields take the rest). */
  buttonCol: number;
  /** The fields, each in a FormCell. */
  children: ReactNode;
}

/** A one-row "add" form: its fields side by side, then the Add button (`+`) at the row's end. */
export const AddForm = ({ onSubmit, submitLabel, saving, disabled, buttonCol, children }: AddFormProps) => (
  <form
    onSubmit={(event) => {
      event.preventDefault();
      onSubmit();
    }}
  >
    <Grid.Root gap={4}>
      {children}
      <Grid.Item col={buttonCol} s={12} direction="column" alignItems="stretch" justifyContent="flex-end">
        <Button type="submit" startIcon={<Plus />} loading={saving} disabled={disabled}>
          {submitLabel}
        </Button>
      </Grid.Item>
    </Grid.Root>
  </form>
);
