/**
 * Exchange trading sessions (the public `market-ticker/sessions.js`): every market's calendar is
 * here at import, so every function is synchronous. The logic: `sessions-core.ts`.
 */
export * from './sessions-core.js';
// The holiday API, and with it every calendar, is part of this entry point, so a site extends
// the calendars from the same module it reads sessions from.
export * from './holidays.js';
