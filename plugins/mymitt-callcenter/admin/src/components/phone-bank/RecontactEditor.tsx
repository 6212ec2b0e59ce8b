import { NumberField } from '@mymitt/admin-kit';
import { Box, Field, Flex, Grid, NumberInput, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { DEFAULT_RECONTACT, DISPOSITIONS, type Disposition } from '../../../../server/src/domain/dispositions';
import type { RecontactMode, RuleForm } from '../../utils/phone-bank-form';
import { useMessages } from '../../hooks/use-messages';

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
  const describe = (d: Disposition) => {
    const rule = DEFAULT_RECONTACT[d];
    return rule.intervalMinutes === null
      ? t('builder.defaultNever', 'finishes the contact')
      : t('builder.defaultAfter', 'again after {minutes} min, up to {attempts} attempts', {
          minutes: rule.intervalMinutes,
          attempts: rule.maxAttempts,
        });
  };
  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Typography variant="delta" tag="h2">
        {t('builder.recontact', 'Recontact rules')}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {t(
          'builder.recontactHint',
          'When a contact is offered again after each disposition (TEL-06). Leave “Default” to keep the rule shown.'
        )}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={4}>
        {DISPOSITIONS.filter((d) => d !== 'do_not_call').map((d) => {
          const rule = rules[d];
          const path = `recontactRules.${d}`;
          return (
            <Grid.Root key={d} gap={3}>
              <Grid.Item col={3} s={12} direction="column" alignItems="flex-start" justifyContent="center">
                <Typography fontWeight="bold">{t(`disposition.${d}`, d)}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t('builder.default', 'Default: {rule}', { rule: describe(d) })}
                </Typography>
              </Grid.Item>
              <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                <Field.Root name={`${path}.mode`} error={errors[path]}>
                  <Field.Label>{t('builder.recontactMode', 'Offer again')}</Field.Label>
                  <SingleSelect
                    value={rule.mode}
                    onChange={(value: string | number) => onChange(d, { ...rule, mode: value as RecontactMode })}
                  >
                    <SingleSelectOption value="default">{t('builder.modeDefault', 'Default')}</SingleSelectOption>
                    <SingleSelectOption value="after">{t('builder.modeAfter', 'After an interval')}</SingleSelectOption>
                    <SingleSelectOption value="never">{t('builder.modeNever', 'Never (finish the contact)')}</SingleSelectOption>
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                <Field.Root name={`${path}.intervalMinutes`} error={errors[`${path}.intervalMinutes`]}>
                  <Field.Label>{t('builder.intervalMinutes', 'Interval (minutes)')}</Field.Label>
                  <NumberInput
                    disabled={rule.mode !== 'after'}
                    placeholder={String(DEFAULT_RECONTACT[d].intervalMinutes ?? '—')}
                    value={rule.mode === 'after' ? rule.intervalMinutes : undefined}
                    onValueChange={(value) => onChange(d, { ...rule, intervalMinutes: value ?? undefined })}
                  />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                <NumberField
                  name={`${path}.maxAttempts`}
                  error={errors[`${path}.maxAttempts`]}
                  label={t('builder.maxAttempts', 'Max attempts')}
                  placeholder={String(DEFAULT_RECONTACT[d].maxAttempts)}
                  value={rule.maxAttempts}
                  onChange={(value) => onChange(d, { ...rule, maxAttempts: value ?? undefined })}
                />
              </Grid.Item>
            </Grid.Root>
          );
        })}
      </Flex>
    </Box>
  );
};
