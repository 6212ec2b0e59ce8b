import type { ReactNode } from 'react';
import { Button, Dialog } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useAdminAction } from './actions';
import { usePluginMessages } from './messages';

type ButtonVariant = 'default' | 'secondary' | 'tertiary' | 'success-light' | 'danger' | 'danger-light';

interface ActionButtonProps {
  /** The request; the button shows it running, then a notification says how it went. */
  action: () => Promise<unknown>;
  /** The success notification. */
  success: string;
  /** Shown when the server gives no message. */
  failure: string;
  icon?: ReactNode;
  variant?: ButtonVariant;
  disabled?: boolean;
  children: ReactNode;
}

/** A small button that runs one admin action with visible feedback (loading, then success or the server's refusal). */
export const ActionButton = ({ action, success, failure, icon, variant, disabled, children }: ActionButtonProps) => {
  const { busy, run } = useAdminAction();
  return (
    <Button
      size="S"
      variant={variant}
      startIcon={icon}
      disabled={disabled}
      loading={busy === true}
      onClick={() => run(true, action, { success, failure })}
    >
      {children}
    </Button>
  );
};

/** As ActionButton, after the admin confirms `question` in Strapi's confirmation dialog. */
export const ConfirmActionButton = ({ question, ...props }: ActionButtonProps & { question: string }) => {
  const { busy, run } = useAdminAction();
  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button size="S" variant={props.variant} startIcon={props.icon} disabled={props.disabled} loading={busy === true}>
          {props.children}
        </Button>
      </Dialog.Trigger>
      <ConfirmDialog
        variant={props.variant === 'danger' || props.variant === 'danger-light' ? 'danger' : 'default'}
        onConfirm={async () => {
          await run(true, props.action, { success: props.success, failure: props.failure });
        }}
      >
        {question}
      </ConfirmDialog>
    </Dialog.Root>
  );
};

/**
 * Approves one item of a moderation queue: the plugin's `<prefix>.approve` label and `<prefix>.approved` notification
 * (given the item's `title`), and `failure` when the server gives no message.
 */
export const ApproveButton = ({
  prefix,
  title,
  action,
  failure,
}: {
  prefix: string;
  title: string;
  action: () => Promise<unknown>;
  failure: string;
}) => {
  const t = usePluginMessages();
  const text = (key: string, fallback: string) => (t ? t(`${prefix}.${key}`, fallback, { title }) : fallback);
  return (
    <ActionButton icon={<Check />} action={action} success={text('approved', 'Approved.')} failure={failure}>
      {text('approve', 'Approve')}
    </ActionButton>
  );
};
