import supporterImages from './supporter-images';

export default { supporterImages };
