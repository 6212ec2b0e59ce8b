'use strict';
/**
 * A catch-all SMTP server on 127.0.0.1 that keeps every message it accepts, parsed (smtp-server +
 * mailparser). `npm run mailbox` prints them for development; tests/helpers/smtp-mailbox.ts asserts on
 * them. No TLS (STARTTLS is not offered, so a client never upgrades to a self-signed certificate); AUTH
 * is optional unless `credentials` are given, then required and checked.
 */
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const mailboxesOf = (field) => (field ? (Array.isArray(field) ? field : [field]).flatMap((f) => f.value) : []);
/** `Name <address>` (or the bare address) of each mailbox of a header, without mailparser's quoting. */
const namedAddresses = (field) => mailboxesOf(field).map((v) => (v.name ? `${v.name} <${v.address}>` : v.address)).join(', ');
const addressesOf = (field) => mailboxesOf(field).map((v) => v.address);
/** Each header as it was sent (lower-case name → unfolded value; a repeated header keeps its last line). */
const headersOf = (parsed) =>
  Object.fromEntries(
    (parsed.headerLines ?? []).map(({ key, line }) => [key, line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim()])
  );

/** A 4xx reply: the client should try again later (nodemailer reports it as responseCode). */
function temporaryFailure(message) {
  const error = new Error(message);
  error.responseCode = 451;
  return error;
}

function startSmtpMailbox({ host = '127.0.0.1', port = 0, credentials, onMessage } = {}) {
  const messages = [];
  let outage = false;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: !credentials,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.password) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onMailFrom(_address, _session, callback) {
      callback(outage ? temporaryFailure('Mailbox in outage, try again later') : undefined);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const message = {
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: namedAddresses(parsed.from),
            to: addressesOf(parsed.to),
            replyTo: namedAddresses(parsed.replyTo),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: headersOf(parsed),
            receivedAt: new Date(),
          };
          messages.push(message);
          if (onMessage) onMessage(message);
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        host,
        port: server.server.address().port,
        messages,
        setOutage(on) {
          outage = on;
        },
        stop: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { startSmtpMailbox };
