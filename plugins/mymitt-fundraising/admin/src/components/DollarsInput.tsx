import { FormCell, TextField } from '@mymitt/admin-kit';

/** One amount typed in dollars, with the rule it serves as its hint and its problem as its error. */
export const DollarsInput = ({
  name,
  label,
  hint,
  value,
  error,
  disabled,
  onChange,
}: {
  name: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) => (
  <FormCell col={6} s={12}>
    <fieldset disabled={disabled} style={{ border: 0, padding: 0, margin: 0 }}>
      <TextField name={name} label={label} hint={hint} error={error} value={value} onChange={onChange} placeholder="0.00" />
    </fieldset>
  </FormCell>
);
