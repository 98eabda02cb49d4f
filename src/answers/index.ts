export { createRetriever, DEFAULT_OPTIONS } from './retriever';
export type { AskResult, Ranked, Retriever, RetrieverOptions } from './retriever';
export { loadKnowledgeBase, parseKnowledgeBase, KnowledgeBaseError, DEFAULT_KNOWLEDGE_FILE } from './knowledge-base';
export type { Entry, KnowledgeBase, Section } from './knowledge-base';
export { renderAnswer, entryTitle, fillTemplate } from './render';
export { analyze, normalize } from './analyzer';
