import dnc from './dnc';

export default { dnc };
