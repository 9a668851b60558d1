// Paths of the built scripts that code refers to at run time. Its own module, with no imports, so the
// content script (which imports the platform wrapper) does not pull in anything else to learn one string.

/** The article content script as built (manifest.json names the same file for the listed news sites). */
export const ARTICLE_SCRIPT = 'content-scripts/article.js';
