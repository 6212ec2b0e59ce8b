import complianceConfig from './compliance-config';
import formTexts from './form-texts';
import campaigns from './campaigns';
import limitsAndGoals from './limits-and-goals';

export default { 'compliance-config': complianceConfig, 'form-texts': formTexts, campaigns, 'limits-and-goals': limitsAndGoals };
