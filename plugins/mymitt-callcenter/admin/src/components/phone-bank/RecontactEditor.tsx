import { Flex, Grid, Typography } from '@strapi/design-system';
import { FormCell, NumberField, Panel, SelectField } from '@mymitt/admin-kit';
import { DEFAULT_RECONTACT, DISPOSITIONS, type Disposition } from '../../../../server/src/domain/dispositions';
import type { RecontactMode, RuleForm } from '../../utils/phone-bank-form';
import { useMessages } from '../../hooks/use-messages';

/** One disposition's rule: offer again by default, after an interval, or never; and the attempts cap. */
const RuleRow = ({
  disposition: d,
  rule,
  errors,
  onChange,
}: {
  disposition: Disposition;
  rule: RuleForm;
  errors: Record<string, string>;
  onChange: (rule: RuleForm) => void;
}) => {
  const t = useMessages();
  const path = `recontactRules.${d}`;
  const fallback = DEFAULT_RECONTACT[d];
  const describe =
    fallback.intervalMinutes === null
      ? t('builder.defaultNever', 'finishes the contact')
      : t('builder.defaultAfter', 'again after {minutes} min, up to {attempts} attempts', {
          minutes: fallback.intervalMinutes,
          attempts: fallback.maxAttempts,
        });
  return (
    <Grid.Root gap={3}>
      <Grid.Item col={3} s={12} direction="column" alignItems="flex-start" justifyContent="center">
        <Typography fontWeight="bold">{t(`disposition.${d}`, d)}</Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('builder.default', 'Default: {rule}', { rule: describe })}
        </Typography>
      </Grid.Item>
      <SelectField
        col={3}
        s={12}
        name={`${path}.mode`}
        error={errors[path]}
        label={t('builder.recontactMode', 'Offer again')}
        value={rule.mode}
        options={[
          { value: 'default', label: t('builder.modeDefault', 'Default') },
          { value: 'after', label: t('builder.modeAfter', 'After an interval') },
          { value: 'never', label: t('builder.modeNever', 'Never (finish the contact)') },
        ]}
        onChange={(value) => onChange({ ...rule, mode: value as RecontactMode })}
      />
      <NumberField
        col={3}
        s={6}
        name={`${path}.intervalMinutes`}
        error={errors[`${path}.intervalMinutes`]}
        label={t('builder.intervalMinutes', 'Interval (minutes)')}
        disabled={rule.mode !== 'after'}
        placeholder={String(fallback.intervalMinutes ?? '—')}
        value={rule.mode === 'after' ? rule.intervalMinutes : undefined}
        onChange={(value) => onChange({ ...rule, intervalMinutes: value ?? undefined })}
      />
      <NumberField
        col={3}
        s={6}
        name={`${path}.maxAttempts`}
        error={errors[`${path}.maxAttempts`]}
        label={t('builder.maxAttempts', 'Max attempts')}
        placeholder={String(fallback.maxAttempts)}
        value={rule.maxAttempts}
        onChange={(value) => onChange({ ...rule, maxAttempts: value ?? undefined })}
      />
    </Grid.Root>
  );
};

/** When a contact is offered again after each disposition (do-not-call is final). */
export const RecontactEditor = ({
  rules,
  errors,
  onChange,
}: {
  rules: Record<Disposition, RuleForm>;
  errors: Record<string, string>;
  onChange: (disposition: Disposition, rule: RuleForm) => void;
}) => {
  const t = useMessages();
  return (
    <Panel
      title={t('builder.recontact', 'Recontact rules')}
      hint={t(
        'builder.recontactHint',
        'When a contact is offered again after each disposition (TEL-06). Leave “Default” to keep the rule shown.'
      )}
    >
      <Flex direction="column" alignItems="stretch" gap={3}>
        {DISPOSITIONS.filter((d) => d !== 'do_not_call').map((d) => (
          <RuleRow key={d} disposition={d} rule={rules[d]} errors={errors} onChange={(rule) => onChange(d, rule)} />
        ))}
      </Flex>
    </Panel>
  );
};
