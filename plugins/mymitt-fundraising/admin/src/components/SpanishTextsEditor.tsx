import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { QueryState } from '@mymitt/admin-kit';
import { useMessages } from '../hooks/use-messages';
import { apiErrorMessage, useFormTexts } from '../services/finance';

/** The consent's placeholders, shown as they are typed (the label names them; they are not message variables here). */
const PLACEHOLDERS = { limit: '{limit}', election: '{election}', nextElection: '{nextElection}' };

/** Label of each form text, in the order the form shows them. */
const TEXT_LABELS: Array<[string, string]> = [
  ['citizenOrGreenCard', 'Affirmation: citizen or green card'],
  ['ownFunds', 'Affirmation: own funds'],
  ['ownPersonalCard', 'Affirmation: own personal card'],
  ['atLeast18', 'Affirmation: at least 18'],
  ['notFederalContractor', 'Affirmation: not a federal contractor'],
  ['bestEffortsStatement', 'Best-efforts statement'],
  ['notTaxDeductibleStatement', 'Not tax deductible'],
  ['redesignationConsent', 'Redesignation consent ({limit}, {election}, {nextElection})'],
];

/**
 * The Spanish legal text of the contribution form, written by finance staff beside the English original.
 * An empty box means the Spanish form shows the English text (flagged to the site).
 */
export const SpanishTextsEditor = ({ canEdit }: { canEdit: boolean }) => {
  const t = useMessages();
  const { state, save, reload } = useFormTexts();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (state.status === 'ready') {
      setDraft(Object.fromEntries(TEXT_LABELS.map(([key]) => [key, state.value.data.spanish[key] ?? ''])));
    }
  }, [state]);

  const submit = async () => {
    setMessage(null);
    try {
      await save(Object.fromEntries(TEXT_LABELS.map(([key]) => [key, draft[key]?.trim() || null])));
      setMessage(t('texts.saved', 'Saved. The Spanish form shows these texts within a minute.'));
      reload();
    } catch (error) {
      setMessage(apiErrorMessage(error) ?? t('texts.failed', 'Could not save the texts.'));
    }
  };

  return (
    <QueryState state={state}>
      {({ data }) => (
        <Flex direction="column" alignItems="stretch" gap={4}>
          {data.translatesVersion && data.translatesVersion !== data.englishVersion && (
            <Box background="warning100" padding={4} hasRadius>
              <Typography textColor="warning700">
                {t(
                  'texts.outdated',
                  'The Spanish affirmations translate an older English version: the Spanish form shows the English affirmations until you save a review.'
                )}
              </Typography>
            </Box>
          )}
          {TEXT_LABELS.map(([key, label]) => (
            <Flex key={key} gap={4} alignItems="flex-start">
              <Box flex="1">
                <Typography variant="pi" fontWeight="bold">
                  {t(`texts.${key}`, label, PLACEHOLDERS)}
                </Typography>
                <Box paddingTop={1}>
                  <Typography>{data.english[key]}</Typography>
                </Box>
              </Box>
              <Box flex="1">
                <Field.Root name={`es-${key}`}>
                  <Field.Label>{t('texts.spanish', 'Spanish')}</Field.Label>
                  <Textarea
                    value={draft[key] ?? ''}
                    disabled={!canEdit}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setDraft({ ...draft, [key]: e.target.value })}
                  />
                </Field.Root>
              </Box>
            </Flex>
          ))}
          <Flex gap={4}>
            {canEdit && <Button onClick={submit}>{t('texts.save', 'Save Spanish texts')}</Button>}
            {message && <Typography>{message}</Typography>}
          </Flex>
        </Flex>
      )}
    </QueryState>
  );
};
