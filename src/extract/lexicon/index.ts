/**
 * The government lexicon: abbreviations, roles, bodies, surnames, honorifics and ranks as readable
 * data, with the look-ups built on them. (Other lexicons in this folder, such as dates, awards and
 * events, are imported from their own files.)
 */
export * from "./abbreviations.js";
export * from "./bodies.js";
export * from "./fold.js";
export * from "./honorifics.js";
export * from "./matchers.js";
export * from "./phrases.js";
export * from "./ranks.js";
export * from "./surnames.js";
export * from "./titles.js";
export * from "./tokens.js";
