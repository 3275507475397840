/** What zh-Hant-HK adds to the library, loaded as one chunk on first use: its messages and catalogue names. */
export { templates } from '../generated/locales/zh-Hant-HK.js';
export { names } from '../names/zh-Hant-HK.js';
