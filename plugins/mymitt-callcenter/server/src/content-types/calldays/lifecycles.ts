import { errors } from '@strapi/utils';
import { findCallDayProblems } from '../../domain/call-day';

/** Every write path (content manager, seeds, scripts) is checked: a bad value is a 400 and nothing is written. */
const assertValid = (event: { params: { data?: Record<string, unknown> } }) => {
  const problems = findCallDayProblems(event.params.data ?? {});
  if (problems.length > 0) {
    throw new errors.ValidationError(problems[0].message, {
      errors: problems.map((p) => ({ path: [p.path], message: p.message, name: 'ValidationError' })),
    });
  }
};

declare const strapi: any;

/** The result path caches published days for a moment; an edit in this process applies at once. */
const forgetCaches = () => strapi.plugin('mymitt-callcenter').service('call-days').forgetCaches();

export default {
  beforeCreate: assertValid,
  beforeUpdate: assertValid,
  afterCreate: forgetCaches,
  afterUpdate: forgetCaches,
  afterDelete: forgetCaches,
};
