import { useState } from 'react';
import { Badge, Button, Dialog, Field, Flex, SingleSelect, SingleSelectOption, Td, Textarea, Tr, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import type { EventForApproval } from '../../../shared/contracts/moderation-queue';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { QueueTable } from '../components/QueueTable';
import { QueryState } from '@mymitt/admin-kit';
import { apiErrorMessage } from '../services/admin-request';
import { useEventsForApproval } from '../services/moderation';

/** The first shift in the event's own time zone, as the host and attendees see it. */
function shiftTime(event: EventForApproval) {
  if (!event.firstShiftStartsAt) return '—';
  try {
    return new Date(event.firstShiftStartsAt).toLocaleString(undefined, {
      timeZone: event.timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZoneName: 'short',
    });
  } catch {
    return new Date(event.firstShiftStartsAt).toLocaleString();
  }
}

const RejectButton = ({ event, onReject }: { event: EventForApproval; onReject: (reason: string) => Promise<void> }) => {
  const t = useMessages();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant="danger-light" size="S" startIcon={<Cross />}>
          {t('events.reject', 'Reject')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{t('events.rejectTitle', 'Reject “{title}”?', { title: event.title })}</Dialog.Header>
        <Dialog.Body>
          <Field.Root name="reason" hint={t('events.reasonHint', 'Optional; shown to the host.')} width="100%">
            <Field.Label>{t('events.reason', 'Reason')}</Field.Label>
            <Textarea value={reason} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)} />
            <Field.Hint />
          </Field.Root>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{t('dialog.cancel', 'Cancel')}</Button>
          </Dialog.Cancel>
          <Button
            variant="danger"
            onClick={async () => {
              await onReject(reason);
              setOpen(false);
              setReason('');
            }}
          >
            {t('events.reject', 'Reject')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

/** Events hosted by supporters that wait for staff approval (ACTIONS.approveEvents). */
export const EventApprovalPage = () => {
  const t = useMessages();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = useState<'pending' | 'all'>('pending');
  const [page, setPage] = useState(1);
  const { state, approve, reject } = useEventsForApproval(status, page);

  const act = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      toggleNotification({ type: 'success', message: done });
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) ?? t('moderation.failed', 'That did not work. Try again.') });
    }
  };

  const statusLabels: Record<EventForApproval['status'], string> = {
    pending: t('events.status.pending', 'Awaiting approval'),
    published: t('events.status.published', 'Published'),
    rejected: t('events.status.rejected', 'Rejected'),
    cancelled: t('events.status.cancelled', 'Cancelled'),
  };
  const title = t('events.title', 'Events to approve');
  const headers = [
    t('events.event', 'Event'),
    t('events.host', 'Host'),
    t('events.place', 'Place'),
    t('events.firstShift', 'Starts'),
    t('events.submitted', 'Submitted'),
    t('events.statusColumn', 'Status'),
    t('events.actions', 'Actions'),
  ];

  return (
    <Page.Protect permissions={PERMISSIONS.approveEvents}>
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header
          title={title}
          subtitle={t('events.subtitle', 'Events and house parties hosted by supporters wait here while approval is required (Settings)')}
        />
        <Layouts.Action
          startActions={
            <SingleSelect
              aria-label={t('moderation.show', 'Show')}
              value={status}
              onChange={(value: string | number) => {
                setStatus(value === 'all' ? 'all' : 'pending');
                setPage(1);
              }}
            >
              <SingleSelectOption value="pending">{t('events.filter.pending', 'Awaiting approval')}</SingleSelectOption>
              <SingleSelectOption value="all">{t('events.filter.all', 'All events')}</SingleSelectOption>
            </SingleSelect>
          }
        />
        <Layouts.Content>
          <QueryState state={state}>
            {(body) => (
              <QueueTable
                headers={headers}
                rows={body.data}
                emptyText={t('events.empty', 'No event is waiting for approval.')}
                pagination={body.meta.pagination}
                onPage={setPage}
              >
                {(event) => (
                  <Tr key={event.documentId}>
                    <Td maxWidth="20rem">
                      <Typography fontWeight="bold" tag="p">
                        {event.title}
                      </Typography>
                      <Typography variant="pi" textColor="neutral600" tag="p">
                        {event.type}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography>{event.hostDisplayName}</Typography>
                    </Td>
                    <Td>
                      <Typography>{[event.city, event.state, event.zip].filter(Boolean).join(', ') || '—'}</Typography>
                    </Td>
                    <Td>
                      <Typography variant="pi">{shiftTime(event)}</Typography>
                    </Td>
                    <Td>
                      <Typography variant="pi">{new Date(event.createdAt).toLocaleString()}</Typography>
                    </Td>
                    <Td>
                      <Badge variant={event.status === 'pending' ? 'warning' : 'neutral'}>{statusLabels[event.status]}</Badge>
                    </Td>
                    <Td>
                      {event.status === 'pending' && (
                        <Flex gap={2}>
                          <Button
                            size="S"
                            startIcon={<Check />}
                            onClick={() =>
                              act(() => approve(event.documentId), t('events.approved', '“{title}” is published.', { title: event.title }))
                            }
                          >
                            {t('events.approve', 'Approve')}
                          </Button>
                          <RejectButton
                            event={event}
                            onReject={(reason) =>
                              act(
                                () => reject(event.documentId, reason),
                                t('events.rejected', '“{title}” was rejected.', { title: event.title })
                              )
                            }
                          />
                        </Flex>
                      )}
                    </Td>
                  </Tr>
                )}
              </QueueTable>
            )}
          </QueryState>
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};
