/**
 * vn-ward-news/search. TEMPORARY SKELETON: the search helper replaces this.
 */
export const SEARCH_FORMAT_VERSION = 1;
