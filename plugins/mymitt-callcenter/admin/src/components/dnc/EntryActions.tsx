import { useState } from 'react';
import { Button, Dialog, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import type { DncAudit, DncEntry } from '../../../../shared/contracts/dnc';
import { useMessages } from '../../hooks/use-messages';
import { SimpleTable } from '@mymitt/admin-kit';
import { apiErrorMessage, apiValidationErrors } from '../../services/admin-request';
import { useDncRegistry } from '../../services/dnc';

/** The correction (deactivate) with its required note, and the number's audit trail. */
export const EntryActions = ({ entry, registry }: { entry: DncEntry; registry: ReturnType<typeof useDncRegistry> }) => {
  const t = useMessages();
  const { toggleNotification } = useNotification();
  const [open, setOpen] = useState<'audit' | 'deactivate' | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [audits, setAudits] = useState<DncAudit[] | null>(null);

  const showAudits = async () => {
    setOpen('audit');
    setAudits(null);
    try {
      setAudits(await registry.audits(entry.phone));
    } catch (error) {
      setOpen(null);
      toggleNotification({
        type: 'danger',
        message: apiErrorMessage(error) ?? t('dnc.auditFailed', 'The audit trail could not be loaded.'),
      });
    }
  };

  const deactivate = async () => {
    try {
      await registry.deactivate(entry.phone, note);
      toggleNotification({ type: 'success', message: t('dnc.deactivated', '{phone} may be called again.', { phone: entry.phone }) });
      setOpen(null);
      setNote('');
      setNoteError(undefined);
    } catch (error) {
      setNoteError(apiValidationErrors(error).note ?? apiErrorMessage(error) ?? t('dnc.deactivateFailed', 'The correction failed.'));
    }
  };

  return (
    <Flex gap={2}>
      <Button variant="tertiary" size="S" onClick={showAudits}>
        {t('dnc.audit', 'History')}
      </Button>
      {entry.active && (
        <Button variant="danger-light" size="S" onClick={() => setOpen('deactivate')}>
          {t('dnc.deactivate', 'Remove (correction)')}
        </Button>
      )}
      <Dialog.Root open={open !== null} onOpenChange={(isOpen: boolean) => !isOpen && setOpen(null)}>
        <Dialog.Content>
          {open === 'deactivate' && (
            <>
              <Dialog.Header>{t('dnc.deactivateTitle', 'Remove {phone} from the registry?', { phone: entry.phone })}</Dialog.Header>
              <Dialog.Body>
                <Flex direction="column" alignItems="stretch" gap={3} width="100%">
                  <Typography>
                    {t(
                      'dnc.deactivateWarning',
                      'Its contacts become callable again in every list. Only correct a mistake: the note is kept in the audit trail.'
                    )}
                  </Typography>
                  <Field.Root name="note" required error={noteError} width="100%">
                    <Field.Label>{t('dnc.note', 'Why (at least 3 characters)')}</Field.Label>
                    <Textarea value={note} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
                    <Field.Error />
                  </Field.Root>
                </Flex>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.Cancel>
                  <Button variant="tertiary">{t('dialog.cancel', 'Cancel')}</Button>
                </Dialog.Cancel>
                <Button variant="danger" onClick={deactivate}>
                  {t('dnc.deactivate', 'Remove (correction)')}
                </Button>
              </Dialog.Footer>
            </>
          )}
          {open === 'audit' && (
            <>
              <Dialog.Header>{t('dnc.auditTitle', 'History of {phone}', { phone: entry.phone })}</Dialog.Header>
              <Dialog.Body>
                {audits === null ? (
                  <Typography>{t('dnc.loading', 'Loading…')}</Typography>
                ) : (
                  <SimpleTable
                    headers={[t('dnc.when', 'When'), t('dnc.action', 'Change'), t('dnc.actor', 'By'), t('dnc.auditNote', 'Note')]}
                    rows={audits.map((a, i) => ({
                      key: i,
                      cells: [new Date(a.at).toLocaleString(), t(`dncAction.${a.action}`, a.action), a.actor, a.note ?? ''],
                    }))}
                  />
                )}
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.Cancel>
                  <Button variant="tertiary">{t('dialog.close', 'Close')}</Button>
                </Dialog.Cancel>
              </Dialog.Footer>
            </>
          )}
        </Dialog.Content>
      </Dialog.Root>
    </Flex>
  );
};
