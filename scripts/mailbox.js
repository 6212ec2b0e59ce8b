#!/usr/bin/env node
'use strict';
/**
 * `npm run mailbox`: the development catch-all. With SMTP_HOST empty, `npm run develop` sends every
 * email (receipts, password resets) to 127.0.0.1:1025; this prints each one instead of delivering it.
 * MAILBOX_PORT changes the port (then set SMTP_PORT to match).
 */
const { startSmtpMailbox } = require('./lib/smtp-mailbox');

const port = Number(process.env.MAILBOX_PORT || 1025);

function print(message) {
  const rule = '-'.repeat(72);
  console.log(`${rule}\n${message.receivedAt.toISOString()}  to: ${message.to.join(', ') || message.envelopeTo.join(', ')}`);
  console.log(`from: ${message.from}\nsubject: ${message.subject}\n\n${message.text.trim()}\n${message.html ? '\n(an HTML part too)\n' : ''}`);
}

startSmtpMailbox({ port, onMessage: print })
  .then((mailbox) => console.log(`Mailbox listening on smtp://${mailbox.host}:${mailbox.port}: every email the app sends is printed here, none is delivered.`))
  .catch((error) => {
    console.error(`Mailbox could not listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  });
