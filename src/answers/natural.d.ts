// natural is imported by file path (see analyzer.ts); these modules ship no type declarations of their own.
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer' {
  const Tokenizer: new () => { tokenize(text: string): string[] };
  export default Tokenizer;
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_id' {
  const Tokenizer: new () => { tokenize(text: string): string[] };
  export default Tokenizer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const Stemmer: { stem(word: string): string };
  export default Stemmer;
}
declare module 'natural/lib/natural/stemmers/indonesian/stemmer_id' {
  const Stemmer: { stem(word: string): string };
  export default Stemmer;
}
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords_id' {
  export const words: string[];
}
declare module 'natural/lib/natural/tfidf/tfidf' {
  class TfIdf {
    addDocument(document: string | string[], key?: unknown): void;
    tfidfs(terms: string | string[], callback?: (i: number, measure: number, key?: unknown) => void): number[];
  }
  export default TfIdf;
}
declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  const BayesClassifier: unknown;
  export default BayesClassifier;
}
