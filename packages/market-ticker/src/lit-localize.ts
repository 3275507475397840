/**
 * What the library's sources use of @lit/localize, from the modules that define it. The build
 * resolves the sources' `@lit/localize` imports here (rollup.config.js): that package's main module
 * also evaluates its runtime, with the message-id hash and its tables, which the library replaces
 * (message-lookup.ts), and a bundler keeps what a module does at the top level.
 */
export { msg } from '@lit/localize/init/install.js';
export { LOCALE_STATUS_EVENT } from '@lit/localize/internal/locale-status-event.js';
export { localized } from '@lit/localize/internal/localized-decorator.js';
export { str } from '@lit/localize/internal/str-tag.js';
