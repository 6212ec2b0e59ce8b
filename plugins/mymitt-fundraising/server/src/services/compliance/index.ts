import complianceConfig from './compliance-config';
import formTexts from './form-texts';

export default { 'compliance-config': complianceConfig, 'form-texts': formTexts };
