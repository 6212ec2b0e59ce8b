import { useState } from 'react';
import { Box, Button, Checkbox, Flex, Grid, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import {
  AdminPage,
  FormCell,
  FormErrors,
  Panel,
  QueryState,
  SelectField,
  SuccessBox,
  TextField,
  TextareaField,
  fieldBinder,
  apiValidationErrors,
  useAdminAction,
} from '@mymitt/admin-kit';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { useFormTexts } from '../services/finance';
import { refusalOf } from '../services/refusal';
import { useRecordOfflineGift } from '../services/money-settings';
import {
  DONOR_FIELDS,
  OFFLINE_AFFIRMATIONS,
  emptyOfflineGift,
  toOfflineGiftBody,
  type OfflineGiftForm,
} from '../services/offline-gift-form';
import type { OfflineGiftRecorded } from '../../../shared/contracts/finance';

const DONOR_LABELS: Record<(typeof DONOR_FIELDS)[number], string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  street: 'Street address',
  city: 'City',
  state: 'State (2 letters)',
  zip: 'ZIP code',
  occupation: 'Occupation',
  employer: 'Employer',
};

/** A check or cash gift from the donor's signed paper form: same donor data, affirmations and limit check as online. */
export const OfflineGiftPage = () => {
  const t = useMessages();
  const texts = useFormTexts();
  const record = useRecordOfflineGift();
  const action = useAdminAction();
  const [form, setForm] = useState<OfflineGiftForm>(emptyOfflineGift);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<{ message: string; remainingCents?: number } | null>(null);
  const [recorded, setRecorded] = useState<OfflineGiftRecorded | null>(null);
  const set = (patch: Partial<OfflineGiftForm>) => setForm((previous) => ({ ...previous, ...patch }));
  const bind = fieldBinder(form, setForm, errors);

  const submit = async (affirmationsVersion: string) => {
    setRefusal(null);
    setRecorded(null);
    const parsed = toOfflineGiftBody(form, affirmationsVersion);
    if (!parsed.ok) {
      const amountError: Record<string, string> = {
        empty: t('gift.amountEmpty', 'Enter the amount in dollars.'),
        notAnAmount: t('dollars.notAnAmount', 'Not an amount in dollars (e.g. 3,500 or 3500.00).'),
        negative: t('dollars.negative', 'An amount cannot be negative.'),
        fractionOfCent: t('dollars.fractionOfCent', 'At most two decimals: there is no fraction of a cent.'),
        tooLarge: t('dollars.tooLarge', 'Must be under $10,000,000.'),
      };
      return setErrors({ amount: amountError[parsed.problem] });
    }
    setErrors({});
    await action.run(
      true,
      async () => {
        try {
          setRecorded(await record(parsed.body));
          setForm(emptyOfflineGift());
        } catch (error) {
          const refused = refusalOf(error);
          if (refused?.status === 422) setRefusal({ message: refused.message, remainingCents: refused.details.remainingCents });
          setErrors(
            Object.fromEntries(
              Object.entries(apiValidationErrors(error)).map(([path, message]) => [path.replace(/^amountCents$/, 'amount'), message])
            )
          );
          throw error;
        }
      },
      { success: t('gift.recordedToast', 'Gift recorded.'), failure: t('gift.failed', 'The gift was not recorded.') }
    );
  };

  return (
    <AdminPage permissions={PERMISSIONS.moneyManage} page="gift">
      <QueryState state={texts.state}>
        {({ data }) => (
          <Flex direction="column" alignItems="stretch" gap={4}>
            {recorded && (
              <SuccessBox>
                <>
                  {t('gift.recorded', 'Recorded contribution #{id}: {amount} by {method}, received {day} ({status}).', {
                    id: recorded.contributionId,
                    amount: usd(recorded.amountCents),
                    method: t(`gift.method.${recorded.method}`, recorded.method),
                    day: recorded.receivedOn,
                    status: t(`status.${recorded.status}`, recorded.status),
                  })}{' '}
                  <Link to="../donations">{t('gift.seeDonations', 'See it in Donations')}</Link>
                </>
              </SuccessBox>
            )}
            {refusal && (
              <Box background="danger100" padding={4} hasRadius role="alert">
                <Typography tag="p" textColor="danger700">
                  {refusal.message}
                </Typography>
                {refusal.remainingCents !== undefined && (
                  <Typography tag="p" fontWeight="bold" textColor="danger700">
                    {t('gift.remaining', 'Remaining capacity for that election: {amount}', { amount: usd(refusal.remainingCents) })}
                  </Typography>
                )}
              </Box>
            )}
            <FormErrors
              errors={Object.fromEntries(Object.entries(errors).filter(([path]) => path.startsWith('affirmations') || path === ''))}
            />
            <Panel>
              <Grid.Root gap={4}>
                {DONOR_FIELDS.map((field) => (
                  <FormCell key={field} col={4} s={12}>
                    <TextField label={t(`gift.${field}`, DONOR_LABELS[field])} required {...bind(field)} />
                  </FormCell>
                ))}
                <SelectField
                  col={4}
                  s={12}
                  name="method"
                  label={t('gift.method', 'Paid by')}
                  value={form.method}
                  onChange={(value) => set({ method: value === 'cash' ? 'cash' : 'check' })}
                  options={[
                    { value: 'check', label: t('gift.method.check', 'check') },
                    { value: 'cash', label: t('gift.method.cash', 'cash') },
                  ]}
                />
                {form.method === 'check' && (
                  <TextField col={4} s={12} label={t('gift.checkNumber', 'Check number')} required {...bind('checkNumber')} />
                )}
                <TextField col={4} s={12} label={t('gift.amount', 'Amount ($)')} required placeholder="250.00" {...bind('amount')} />
                <TextField
                  col={4}
                  s={12}
                  label={t('gift.receivedOn', 'Received on (YYYY-MM-DD)')}
                  hint={t('gift.receivedOnHelp', 'Empty: today. The limit in force that day applies.')}
                  {...bind('receivedOn')}
                />
                <TextareaField col={8} s={12} label={t('gift.note', 'Note')} {...bind('note')} />
              </Grid.Root>
              <Flex direction="column" alignItems="stretch" gap={2} paddingTop={6}>
                <Typography variant="delta" tag="h2">
                  {t('gift.affirmations', 'The donor’s form affirms')}
                </Typography>
                {OFFLINE_AFFIRMATIONS.map((key) => (
                  <Checkbox
                    key={key}
                    checked={form.affirmed[key]}
                    onCheckedChange={(checked: boolean | 'indeterminate') =>
                      set({ affirmed: { ...form.affirmed, [key]: checked === true } })
                    }
                  >
                    {data.english[key]}
                  </Checkbox>
                ))}
              </Flex>
            </Panel>
            <Flex>
              <Button onClick={() => submit(data.englishVersion)} loading={action.busy === true}>
                {t('gift.record', 'Record the gift')}
              </Button>
            </Flex>
          </Flex>
        )}
      </QueryState>
    </AdminPage>
  );
};
