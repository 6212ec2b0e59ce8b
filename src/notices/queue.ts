import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { sendNotice, type OutboxDb } from '@mymitt/plugin-kit';
import { ACCOUNT_EMAIL_CONFIRMATION } from './account-email-confirmation';
import { ACCOUNT_PASSWORD_RESET } from './account-password-reset';
import { ACCOUNT_WELCOME } from './account-welcome';

/**
 * Queues an account notice in the transaction of the change that causes it; the payload is the user's id.
 * A welcome is one per account (`user:<id>:welcome`); every reset or confirmation request is its own cause.
 */
export const queueWelcome = (strapi: Core.Strapi, userId: number, db?: OutboxDb) =>
  sendNotice(strapi, ACCOUNT_WELCOME, `user:${userId}:welcome`, { userId }, db);

export const queuePasswordReset = (strapi: Core.Strapi, userId: number, db?: OutboxDb) =>
  sendNotice(strapi, ACCOUNT_PASSWORD_RESET, `user:${userId}:password-reset:${randomUUID()}`, { userId }, db);

export const queueEmailConfirmation = (strapi: Core.Strapi, userId: number, db?: OutboxDb) =>
  sendNotice(strapi, ACCOUNT_EMAIL_CONFIRMATION, `user:${userId}:email-confirmation:${randomUUID()}`, { userId }, db);
