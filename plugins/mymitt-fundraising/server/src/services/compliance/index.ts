import complianceConfig from './compliance-config';

export default { 'compliance-config': complianceConfig };
