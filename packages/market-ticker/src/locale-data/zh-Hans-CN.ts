/** What zh-Hans-CN adds to the library, loaded as one chunk on first use: its messages and catalogue names. */
export { templates } from '../generated/locales/zh-Hans-CN.js';
export { names } from '../names/zh-Hans-CN.js';
