import { errors } from '@strapi/utils';
import { findSettingsProblems } from '../../../../domain/committee-settings';

/** Every write path (content manager, settings page, seeds) goes through the same checks. */
function assertValid(event: { params: { data?: Record<string, unknown> } }) {
  const problems = findSettingsProblems(event.params.data ?? {});
  if (problems.length > 0) {
    throw new errors.ValidationError(problems[0].message, {
      errors: problems.map((p) => ({ path: [p.path], message: p.message, name: 'ValidationError' })),
    });
  }
}

function forgetCachedSettings() {
  strapi.service('api::committee-setting.committee-setting').forget();
}

export default {
  beforeCreate: assertValid,
  beforeUpdate: assertValid,
  afterCreate: forgetCachedSettings,
  afterUpdate: forgetCachedSettings,
};
