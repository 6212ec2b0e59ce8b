import noticeTemplates from './notice-templates';

export default { 'notice-templates': noticeTemplates };
