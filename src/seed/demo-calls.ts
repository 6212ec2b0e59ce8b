import { Readable } from 'stream';
import type { Core } from '@strapi/strapi';
import { saturdayInTwoWeeks } from './demo-events';

const LIST_UID = 'plugin::mymitt-callcenter.call-list';
const BANK_UID = 'plugin::mymitt-callcenter.phone-bank';
const CALL_DAY_UID = 'plugin::mymitt-callcenter.call-day';

const HEADER = 'first_name,last_name,phone,street,city,state,zip,language,external_id';
const FIRST = ['Linda', 'Robert', 'Carmen', 'David', 'Rosa', 'Michael', 'Ana', 'Steven', 'Lucia', 'Paul', 'Elena', 'Mark'];
const LAST = ['Smith', 'Garcia', 'Johnson', 'Martinez', 'Brown', 'Hernandez', 'Davis', 'Lopez', 'Wilson', 'Perez', 'Clark', 'Sanchez'];

/** `count` fictional voters (555-01xx numbers), every third one Spanish-speaking. */
function votersCsv(prefix: string, area: string, city: string, state: string, zip: string, count: number) {
  const rows = Array.from({ length: count }, (_, i) => {
    const street = `${100 + i * 7} ${i % 2 ? 'Elm' : 'Oak'} Street`;
    const language = i % 3 === 2 ? 'es' : 'en';
    return [
      FIRST[i % FIRST.length],
      LAST[(i * 5) % LAST.length],
      `${area}-555-${String(100 + i).padStart(4, '0')}`,
      street,
      city,
      state,
      zip,
      language,
      `${prefix}-${i + 1}`,
    ].join(',');
  });
  return [HEADER, ...rows].join('\n') + '\n';
}

const LISTS = [
  {
    name: 'New Hampshire primary voters',
    description: 'Demo list: likely Republican primary voters around Concord.',
    csv: votersCsv('NH', '603', 'Concord', 'NH', '03301', 24),
  },
  {
    name: 'Nevada caucus-goers (bilingual)',
    description: 'Demo list: Las Vegas caucus-goers, a third of them Spanish-speaking.',
    csv: votersCsv('NV', '702', 'Las Vegas', 'NV', '89101', 24),
  },
];

const QUESTIONS = [
  {
    id: 'support',
    type: 'single',
    label: 'Can we count on your support for Mitt Romney?',
    labelEs: '¿Podemos contar con su apoyo para Mitt Romney?',
    options: [
      { value: 'strong', label: 'Yes, strongly', labelEs: 'Sí, totalmente' },
      { value: 'lean', label: 'Leaning yes', labelEs: 'Probablemente sí' },
      { value: 'undecided', label: 'Undecided', labelEs: 'Indeciso', next: 'issues' },
      { value: 'no', label: 'No', labelEs: 'No' },
    ],
  },
  {
    id: 'issues',
    type: 'multiple',
    label: 'Which issues matter most to you?',
    labelEs: '¿Qué temas le importan más?',
    options: [
      { value: 'jobs', label: 'Jobs and the economy', labelEs: 'Empleo y economía' },
      { value: 'debt', label: 'The national debt', labelEs: 'La deuda nacional' },
      { value: 'health', label: 'Health care', labelEs: 'Salud' },
    ],
  },
  { id: 'volunteer', type: 'text', label: 'Would you like to volunteer? Notes', labelEs: '¿Le gustaría ser voluntario? Notas' },
];

const SCRIPT_EN =
  "Hi, may I speak with the person on my list? My name is ___ and I'm a volunteer with Romney for President. The primary is coming up, and I'd like to ask you a couple of quick questions.";
const SCRIPT_ES =
  'Hola, ¿podría hablar con la persona de mi lista? Me llamo ___ y soy voluntario de Romney para Presidente. Se acercan las primarias y quisiera hacerle un par de preguntas rápidas.';

const BANKS = [
  { name: 'New Hampshire primary: voter ID', list: LISTS[0].name, targetStates: ['NH'], goalCompleted: 20 },
  { name: 'Nevada caucus: bilingual voter ID', list: LISTS[1].name, targetStates: ['NV'], goalCompleted: 20 },
];

const CALL_DAY = {
  slug: 'super-saturday',
  name: 'Super Saturday',
  nameEs: 'Súper Sábado',
  description: 'A day of calls to New Hampshire and Nevada. Every call counts toward the goal.',
  descriptionEs: 'Un día de llamadas a New Hampshire y Nevada. Cada llamada cuenta para la meta.',
  goalCalls: 500,
};

/**
 * Call lists with contacts (imported as a CSV, as staff do), a phone bank on each with English and
 * Spanish scripts and survey questions, and a published call day over both. Each part is skipped when
 * a record of its name (or slug) exists.
 */
export async function seedDemoCalls(strapi: Core.Strapi) {
  const admin = strapi.plugin('mymitt-callcenter').service('call-admin');
  const report = { lists: 0, contacts: 0, phoneBanks: 0, callDays: 0, doNotCall: 0 };

  const listIds: Record<string, number> = {};
  for (const list of LISTS) {
    const existing = await strapi.db.query(LIST_UID).findOne({ where: { name: list.name }, select: ['id'] });
    if (existing) {
      listIds[list.name] = existing.id;
      continue;
    }
    const created = await admin.createList({ name: list.name, description: list.description });
    const imported = await admin.importContacts(created.id, Readable.from([list.csv]));
    listIds[list.name] = created.id;
    report.lists += 1;
    report.contacts += imported.inserted;
  }

  const bankIds: number[] = [];
  for (const bank of BANKS) {
    const existing = await strapi.db.query(BANK_UID).findOne({ where: { name: bank.name }, select: ['id'] });
    if (existing) {
      bankIds.push(existing.id);
      continue;
    }
    const created = await admin.createBank({
      name: bank.name,
      listId: listIds[bank.list],
      status: 'active',
      whoMayCall: 'any',
      scriptEn: SCRIPT_EN,
      scriptEs: SCRIPT_ES,
      questions: QUESTIONS,
      instructions: 'Be polite, and mark anyone who asks not to be called again as do-not-call.',
      goalCompleted: bank.goalCompleted,
      targetStates: bank.targetStates,
    });
    bankIds.push(created.id);
    report.phoneBanks += 1;
  }

  if (!(await strapi.db.query(CALL_DAY_UID).findOne({ where: { slug: CALL_DAY.slug } }))) {
    const day = saturdayInTwoWeeks();
    // 10:00 to 20:00 Eastern (14:00–24:00 UTC, EDT or near enough for a demo).
    await strapi.documents(CALL_DAY_UID as any).create({
      data: {
        ...CALL_DAY,
        startsAt: `${day}T14:00:00.000Z`,
        endsAt: `${day}T23:59:00.000Z`,
        phoneBankIds: bankIds,
        status: 'published',
      } as any,
    });
    report.callDays += 1;
  }
  // One voter asked not to be called again: the do-not-call registry shows the entry and its audit.
  const dnc = strapi.plugin('mymitt-callcenter').service('dnc');
  if (!(await dnc.find(DO_NOT_CALL))) {
    await dnc.add(DO_NOT_CALL, { source: 'manager', actor: 'seed', reason: 'Asked not to be called again', note: 'Demo entry' });
    report.doNotCall += 1;
  }
  return report;
}

/** The last New Hampshire demo voter's number (603-555-0123), as the registry stores it. */
const DO_NOT_CALL = '+16035550123';
