// Entry for scripts/size.mjs: the core and the search index in one bundle, as a page using both gets them.
export * from "../src/index.js";
export { createSearchIndex, importSearchIndex } from "../src/search/index.js";
