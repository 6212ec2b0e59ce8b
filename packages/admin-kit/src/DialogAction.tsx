import { useState, type ReactNode } from 'react';
import { Button, Dialog, Flex } from '@strapi/design-system';
import { useAdminAction } from './actions';

type ButtonVariant = 'default' | 'secondary' | 'tertiary' | 'success-light' | 'danger' | 'danger-light';

interface DialogActionProps {
  /** The row's button that opens the dialog. */
  label: string;
  variant?: ButtonVariant;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button's look (`danger` for a refund). */
  confirmVariant?: ButtonVariant;
  /**
   * Checks the dialog's fields and gives the request, or `null` to keep the dialog open (the fields show
   * why); the request then runs with a notification of its outcome.
   */
  prepare: () => (() => Promise<unknown>) | null;
  success: string;
  failure: string;
  /** After a success (reload the list); the dialog has closed. */
  onDone?: () => void;
  /** Called when the dialog opens (reset its fields). */
  onOpen?: () => void;
  disabled?: boolean;
  /** The dialog's fields. */
  children: ReactNode;
}

/**
 * A row action that asks for a few values first: a button opening a dialog with fields, Cancel and a
 * confirm button that runs the request (busy while it runs, then a success or the server's refusal);
 * the dialog closes on success only.
 */
export const DialogAction = ({
  label,
  variant,
  title,
  confirmLabel,
  cancelLabel,
  confirmVariant,
  prepare,
  success,
  failure,
  onDone,
  onOpen,
  disabled,
  children,
}: DialogActionProps) => {
  const [open, setOpen] = useState(false);
  const { busy, run } = useAdminAction();
  const confirm = async () => {
    const request = prepare();
    if (!request) return;
    if (await run(true, request, { success, failure })) {
      setOpen(false);
      onDone?.();
    }
  };
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next: boolean) => {
        if (next) onOpen?.();
        setOpen(next);
      }}
    >
      <Dialog.Trigger>
        <Button size="S" variant={variant} disabled={disabled}>
          {label}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{title}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={3} width="100%">
            {children}
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{cancelLabel}</Button>
          </Dialog.Cancel>
          <Button variant={confirmVariant} onClick={confirm} loading={busy === true}>
            {confirmLabel}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
