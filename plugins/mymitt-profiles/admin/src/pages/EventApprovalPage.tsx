import { useState } from 'react';
import { Button, Dialog, Flex, Td, Tr } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { ApproveButton, QueuePage, TextareaField, useAdminAction, useQueueFilter, Cells } from '@mymitt/admin-kit';
import type { EventForApproval } from '../../../shared/contracts/moderation-queue';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
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

/** Reject with an optional reason for the host, asked in a dialog. */
const RejectButton = ({ event, onReject }: { event: EventForApproval; onReject: (reason: string) => Promise<unknown> }) => {
  const t = useMessages();
  const { busy, run } = useAdminAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const confirm = async () => {
    const done = await run(true, () => onReject(reason), {
      success: t('events.rejected', '“{title}” was rejected.', { title: event.title }),
      failure: t('moderation.failed', 'That did not work. Try again.'),
    });
    if (done) {
      setOpen(false);
      setReason('');
    }
  };
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
          <TextareaField
            name="reason"
            label={t('events.reason', 'Reason')}
            hint={t('events.reasonHint', 'Optional; shown to the host.')}
            value={reason}
            onChange={setReason}
          />
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{t('dialog.cancel', 'Cancel')}</Button>
          </Dialog.Cancel>
          <Button variant="danger" loading={busy === true} onClick={confirm}>
            {t('events.reject', 'Reject')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

const EventRow = ({ event, queue }: { event: EventForApproval; queue: ReturnType<typeof useEventsForApproval> }) => {
  const t = useMessages();
  return (
    <Tr>
      <Cells.Title width="20rem" title={event.title} detail={event.type} />
      <Cells.Text>{event.hostDisplayName}</Cells.Text>
      <Cells.Text>{[event.city, event.state, event.zip].filter(Boolean).join(', ') || '—'}</Cells.Text>
      <Cells.Text small>{shiftTime(event)}</Cells.Text>
      <Cells.Time at={event.createdAt} />
      <Cells.Status prefix="events" status={event.status} />
      <Td>
        {event.status === 'pending' && (
          <Flex gap={2}>
            <ApproveButton
              prefix="events"
              title={event.title}
              action={() => queue.approve(event.documentId)}
              failure={t('moderation.failed', 'That did not work. Try again.')}
            />
            <RejectButton event={event} onReject={(reason) => queue.reject(event.documentId, reason)} />
          </Flex>
        )}
      </Td>
    </Tr>
  );
};

/** Events hosted by supporters that wait for staff approval (ACTIONS.approveEvents). */
export const EventApprovalPage = () => {
  const t = useMessages();
  const filter = useQueueFilter<'pending' | 'all'>('pending');
  const queue = useEventsForApproval(filter.status, filter.page);
  return (
    <QueuePage
      permissions={PERMISSIONS.approveEvents}
      page="events"
      filter={filter.choices('events.filter', ['pending', 'all'])}
      state={queue.state}
      columns={['event', 'host', 'place', 'firstShift', 'submitted', 'statusColumn', 'actions']}
      emptyText={t('events.empty', 'No event is waiting for approval.')}
      onPage={filter.setPage}
    >
      {(event) => <EventRow key={event.documentId} event={event} queue={queue} />}
    </QueuePage>
  );
};
