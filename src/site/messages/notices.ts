import { defineCatalog } from './catalog';

/** Notices: the unsubscribe page every campaign email (other than receipts and account mail) links to. */
export const notices = defineCatalog({
  en: {
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeLead:
      'Stop the campaign’s emails to this address: news, invitations and appeals. Receipts for your gifts and messages about your account still come, because they are about something you did.',
    unsubscribeButton: 'Unsubscribe',
    unsubscribeDone: 'You are unsubscribed. This address will get no more campaign emails.',
    unsubscribeMissing: 'This page needs the link from one of our emails. Open the “unsubscribe” link at the bottom of the email again.',
    unsubscribeInvalid: 'This unsubscribe link is not valid. Open the link from the email again, or copy the whole address into your browser.',
  },
  es: {
    unsubscribeTitle: 'Darse de baja',
    unsubscribeLead:
      'Deja de recibir los correos de la campaña en esta dirección: noticias, invitaciones y pedidos de apoyo. Los recibos de tus donaciones y los mensajes sobre tu cuenta seguirán llegando, porque tratan de algo que hiciste.',
    unsubscribeButton: 'Darme de baja',
    unsubscribeDone: 'Listo: te diste de baja. Esta dirección no recibirá más correos de la campaña.',
    unsubscribeMissing: 'Esta página necesita el enlace de uno de nuestros correos. Vuelve a abrir el enlace «darse de baja» al final del correo.',
    unsubscribeInvalid: 'Este enlace para darse de baja no es válido. Vuelve a abrir el enlace del correo o copia la dirección completa en tu navegador.',
  },
});
