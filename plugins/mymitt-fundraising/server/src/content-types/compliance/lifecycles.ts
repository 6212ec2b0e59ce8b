import { errors } from '@strapi/utils';
import { findCampaignProblems, findElectionProblems, findLimitProblems, type SettingsProblem } from '../../domain/compliance-settings';

type Check = (data: Record<string, unknown>) => SettingsProblem[];

/** Every write path (content manager, seeds, scripts) is checked: a bad value is a 400 and nothing is written. */
function guard(check: Check) {
  const assertValid = (event: { params: { data?: Record<string, unknown> } }) => {
    const problems = check(event.params.data ?? {});
    if (problems.length > 0) {
      throw new errors.ValidationError(problems[0].message, {
        errors: problems.map((p) => ({ path: [p.path], message: p.message, name: 'ValidationError' })),
      });
    }
  };
  return { beforeCreate: assertValid, beforeUpdate: assertValid };
}

export default {
  election: guard(findElectionProblems),
  contributionLimit: guard(findLimitProblems),
  fundraisingCampaign: guard(findCampaignProblems),
};
