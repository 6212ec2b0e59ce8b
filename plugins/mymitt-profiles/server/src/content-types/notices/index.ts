import noticeTemplate from './notice-template/schema.json';
import lifecycles from './lifecycles';

/** The texts of the campaign's notices, edited by the web team in the content manager (en/es). */
export default { 'notice-template': { schema: noticeTemplate, lifecycles } };
