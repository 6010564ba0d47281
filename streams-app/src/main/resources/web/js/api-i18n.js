// One import for views: the API helpers and the dictionary.
export * from './api.js';
export * from './i18n.js';
