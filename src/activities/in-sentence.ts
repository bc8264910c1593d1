/**
 * A typed name ("Our ideal customer", "Slow reply") inside a sentence: lower-cased where the language
 * writes nouns in lower case, left as typed in German, where every noun keeps its capital
 * ("Langsame Antwort" must not become "langsame antwort").
 */
export const inSentence = (locale: string, text: string): string => (locale.startsWith('de') ? text : text.toLowerCase());
