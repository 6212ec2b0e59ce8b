import { useState } from 'react';
import { Badge, Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { BankCaller, PhoneBank } from '../../../../shared/contracts/call-admin';
import { useCallcenterPermissions } from '../../hooks/use-callcenter-permissions';
import { useMessages } from '../../hooks/use-messages';
import { QueryState, SimpleTable } from '@mymitt/admin-kit';
import { apiErrorMessage } from '../../services/admin-request';
import { usePhoneBankCallers } from '../../services/phone-banks';

const CALLER_COLOR = { requested: 'warning', approved: 'success', revoked: 'danger' } as const;

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/**
 * Who may call a saved bank: for an `approved` bank, its applicants and callers with Approve / Revoke
 * (lists.manage, as every callers route); for a `group` bank, the group named. Shows the saved
 * `whoMayCall`, not an unsaved choice in the form above.
 */
export const CallersPanel = ({ bank }: { bank: PhoneBank }) => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  if (bank.whoMayCall === 'group') {
    const slug = bank.groupSlug;
    return (
      <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
        <Typography tag="p">
          {slug
            ? t('callers.groupNote', 'Members of the group {slug} may call this phone bank.', { slug })
            : t('callers.groupMissing', 'No group is set for this phone bank: nobody can call it.')}
        </Typography>
      </Box>
    );
  }
  if (bank.whoMayCall !== 'approved' || !can.canManageLists) return null;
  return <ApprovedCallers key={bank.id} bankId={bank.id} />;
};

const ApprovedCallers = ({ bankId }: { bankId: number }) => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  const { toggleNotification } = useNotification();
  const callers = usePhoneBankCallers(bankId);
  const [busy, setBusy] = useState<number | null>(null);

  const name = (caller: BankCaller) => caller.username ?? caller.email ?? `#${caller.userId}`;

  const decide = async (caller: BankCaller, decision: 'approve' | 'revoke') => {
    setBusy(caller.userId);
    try {
      await (decision === 'approve' ? callers.approve(caller.userId) : callers.revoke(caller.userId));
      toggleNotification({
        type: 'success',
        message:
          decision === 'approve'
            ? t('callers.approved', '{name} may call this phone bank.', { name: name(caller) })
            : t('callers.revoked', '{name} may no longer call this phone bank.', { name: name(caller) }),
      });
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message: apiErrorMessage(error) ?? t('callers.failed', 'The change could not be saved.'),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Typography variant="delta" tag="h2">
        {t('callers.title', 'Callers')}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {t(
          'callers.hint',
          'This phone bank is open to approved callers: supporters apply, and a manager approves them. A revoked caller cannot apply again; approve them to let them back.'
        )}
      </Typography>
      <Box paddingTop={4}>
        {callers.state.status === 'loading' ? (
          <Loader small>{t('callers.loading', 'Loading the callers…')}</Loader>
        ) : (
          <QueryState state={callers.state}>
            {({ data }) =>
              data.length === 0 ? (
                <Typography>{t('callers.empty', 'Nobody has applied yet.')}</Typography>
              ) : (
                <SimpleTable
                  headers={[
                    t('callers.user', 'Supporter'),
                    t('callers.email', 'Email'),
                    t('callers.status', 'Status'),
                    t('callers.requestedAt', 'Applied'),
                    t('callers.decidedAt', 'Decided'),
                    ...(can.canManageLists ? [t('banks.actions', 'Actions')] : []),
                  ]}
                  rows={data.map((caller) => ({
                    key: caller.userId,
                    cells: [
                      caller.username ?? `#${caller.userId}`,
                      caller.email ?? '—',
                      <Badge
                        key="status"
                        backgroundColor={`${CALLER_COLOR[caller.status]}100`}
                        textColor={`${CALLER_COLOR[caller.status]}700`}
                      >
                        {t(`callerStatus.${caller.status}`, caller.status)}
                      </Badge>,
                      when(caller.requestedAt),
                      when(caller.decidedAt),
                      ...(can.canManageLists
                        ? [
                            <Flex key="actions" gap={2}>
                              {caller.status !== 'approved' && (
                                <Button
                                  variant="success-light"
                                  size="S"
                                  startIcon={<Check />}
                                  disabled={busy !== null}
                                  loading={busy === caller.userId}
                                  onClick={() => decide(caller, 'approve')}
                                >
                                  {t('callers.approve', 'Approve')}
                                </Button>
                              )}
                              {caller.status !== 'revoked' && (
                                <Button
                                  variant="danger-light"
                                  size="S"
                                  startIcon={<Cross />}
                                  disabled={busy !== null}
                                  loading={busy === caller.userId}
                                  onClick={() => decide(caller, 'revoke')}
                                >
                                  {t('callers.revoke', 'Revoke')}
                                </Button>
                              )}
                            </Flex>,
                          ]
                        : []),
                    ],
                  }))}
                />
              )
            }
          </QueryState>
        )}
      </Box>
    </Box>
  );
};
