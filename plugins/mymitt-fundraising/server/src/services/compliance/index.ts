import complianceConfig from './compliance-config';
import formTexts from './form-texts';
import campaigns from './campaigns';

export default { 'compliance-config': complianceConfig, 'form-texts': formTexts, campaigns };
