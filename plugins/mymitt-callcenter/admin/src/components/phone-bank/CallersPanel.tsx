import { Flex, Loader, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import type { BankCaller, PhoneBank } from '../../../../shared/contracts/call-admin';
import { useCallcenterPermissions } from '../../hooks/use-callcenter-permissions';
import { useMessages } from '../../hooks/use-messages';
import { ActionButton, ColorBadge, Panel, QueryState, type Column, SimpleTable } from '@mymitt/admin-kit';
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
      <Panel>
        <Typography tag="p">
          {slug
            ? t('callers.groupNote', 'Members of the group {slug} may call this phone bank.', { slug })
            : t('callers.groupMissing', 'No group is set for this phone bank: nobody can call it.')}
        </Typography>
      </Panel>
    );
  }
  if (bank.whoMayCall !== 'approved' || !can.canManageLists) return null;
  return <ApprovedCallers key={bank.id} bankId={bank.id} />;
};

/** A manager's two decisions on a caller: each is offered unless the caller already has its outcome. */
const DECISIONS = [
  {
    decision: 'approve',
    outcome: 'approved',
    variant: 'success-light',
    icon: <Check />,
    label: 'Approve',
    done: '{name} may call this phone bank.',
  },
  {
    decision: 'revoke',
    outcome: 'revoked',
    variant: 'danger-light',
    icon: <Cross />,
    label: 'Revoke',
    done: '{name} may no longer call this phone bank.',
  },
] as const;

/** Approve / Revoke for one caller (each button shows its request running, then how it went). */
const CallerActions = ({ caller, callers }: { caller: BankCaller; callers: ReturnType<typeof usePhoneBankCallers> }) => {
  const t = useMessages();
  const name = caller.username ?? caller.email ?? `#${caller.userId}`;
  return (
    <Flex gap={2}>
      {DECISIONS.filter(({ outcome }) => caller.status !== outcome).map(({ decision, outcome, variant, icon, label, done }) => (
        <ActionButton
          key={decision}
          variant={variant}
          icon={icon}
          action={() => callers[decision](caller.userId)}
          success={t(`callers.${outcome}`, done, { name })}
          failure={t('callers.failed', 'The change could not be saved.')}
        >
          {t(`callers.${decision}`, label)}
        </ActionButton>
      ))}
    </Flex>
  );
};

const ApprovedCallers = ({ bankId }: { bankId: number }) => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  const callers = usePhoneBankCallers(bankId);
  const columns: Array<Column<BankCaller>> = [
    { key: 'user', cell: (caller) => caller.username ?? `#${caller.userId}` },
    { key: 'email', cell: (caller) => caller.email ?? '—' },
    {
      key: 'status',
      cell: (caller) => <ColorBadge color={CALLER_COLOR[caller.status]}>{t(`callerStatus.${caller.status}`, caller.status)}</ColorBadge>,
    },
    { key: 'requestedAt', cell: (caller) => when(caller.requestedAt) },
    { key: 'decidedAt', cell: (caller) => when(caller.decidedAt) },
    {
      key: 'actions',
      label: t('banks.actions', 'Actions'),
      shown: can.canManageLists,
      cell: (caller) => <CallerActions caller={caller} callers={callers} />,
    },
  ];
  return (
    <Panel
      title={t('callers.title', 'Callers')}
      hint={t(
        'callers.hint',
        'This phone bank is open to approved callers: supporters apply, and a manager approves them. A revoked caller cannot apply again; approve them to let them back.'
      )}
    >
      {callers.state.status === 'loading' ? (
        <Loader small>{t('callers.loading', 'Loading the callers…')}</Loader>
      ) : (
        <QueryState state={callers.state}>
          {({ data }) => (
            <SimpleTable
              prefix="callers"
              empty={<Typography>{t('callers.empty', 'Nobody has applied yet.')}</Typography>}
              data={data}
              rowKey={(caller) => caller.userId}
              columns={columns}
            />
          )}
        </QueryState>
      )}
    </Panel>
  );
};
