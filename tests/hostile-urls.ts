// The hostile URL spellings that every URL-taking attribute and field is tested against: the
// hardening suite (tests/hardening-urls.test.ts) sets them as attributes and properties, and the
// quote's own URL fields (`logo`) are checked against the same list.

export const PAYLOAD = "window.__pwned='url'";

/**
 * [why it is here, spelling, kinds for which it is an ordinary URL]. Character references are
 * decoded only on the attribute path.
 */
export const SPELLINGS: Array<[string, string, Kind[]?]> = [
  ['plain', `javascript:${PAYLOAD}`],
  ['mixed case', `JaVaScRiPt:${PAYLOAD}`],
  ['upper case', `JAVASCRIPT:${PAYLOAD}`],
  ['leading space', ` javascript:${PAYLOAD}`],
  ['leading tab', `\tjavascript:${PAYLOAD}`],
  ['leading new lines', `\n\njavascript:${PAYLOAD}`],
  ['leading control character', `\u0001javascript:${PAYLOAD}`],
  ['leading NUL', `\u0000javascript:${PAYLOAD}`],
  ['leading unit separator', `\u001Fjavascript:${PAYLOAD}`],
  ['leading no-break space', `\u00A0javascript:${PAYLOAD}`],
  ['leading BOM', `\uFEFFjavascript:${PAYLOAD}`],
  ['tab in the scheme', `java\tscript:${PAYLOAD}`],
  ['new line in the scheme', `java\nscript:${PAYLOAD}`],
  ['carriage return in the scheme', `java\rscript:${PAYLOAD}`],
  ['NUL in the scheme', `jav\u0000ascript:${PAYLOAD}`],
  ['tab before the colon', `javascript\t:${PAYLOAD}`],
  ['trailing junk', `javascript:${PAYLOAD}//https://example.com/`],
  ['comment and new line', `javascript://%0A${PAYLOAD}`],
  ['&colon; reference', `javascript&colon;${PAYLOAD}`],
  ['decimal reference', `&#106;avascript:${PAYLOAD}`],
  ['hexadecimal reference', `&#x6A;avascript:${PAYLOAD}`],
  [
    'padded references, no semicolons',
    `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${PAYLOAD}`,
  ],
  ['decimal colon', `javascript&#58;${PAYLOAD}`],
  ['hexadecimal colon', `javascript&#x3A;${PAYLOAD}`],
  ['referenced tab in the scheme', `jav&#x09;ascript:${PAYLOAD}`],
  ['&Tab; in the scheme', `jav&Tab;ascript:${PAYLOAD}`],
  ['&NewLine; in the scheme', `jav&NewLine;ascript:${PAYLOAD}`],
  ['referenced leading space', `&#x20;javascript:${PAYLOAD}`],
  ['data: HTML', `data:text/html,<script>${PAYLOAD}</script>`],
  ['data: base64', 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0nZGF0YSc8L3NjcmlwdD4='],
  ['data: SVG, upper case', `DATA:image/svg+xml,<svg onload=${PAYLOAD}>`],
  ['data: with leading space', ' data:,x'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['vbscript: mixed case', 'VBScript:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['file: drive', 'FILE://C:/Windows/win.ini'],
  ['blob:', 'blob:https://evil.example/0b7d5b0e-1f3a-4c4e-9d2a-123456789abc'],
  ['filesystem:', 'filesystem:https://evil.example/temporary/x'],
  ['https: then javascript:', `https:javascript:${PAYLOAD}`],
  ['http: then javascript:', `http:javascript:${PAYLOAD}`],
  ['about:', 'about:blank'],
  ['chrome:', 'chrome://settings'],
  ['view-source:', 'view-source:https://evil.example/'],
  ['jar:', 'jar:https://evil.example/x.jar!/'],
  ['mailto:', 'mailto:someone@evil.example'],
  ['intent:', 'intent://evil.example#Intent;scheme=javascript;end'],
  ['ws: (a feed scheme, never a link)', 'ws://evil.example/socket', ['feed']],
  ['wss: with a tab', 'w\tss://evil.example/socket', ['feed']],
];

/** Another host: allowed by decision (see the top of the file), checked to stay http(s). */
export const CROSS_SITE: Array<[string, string]> = [
  ['protocol-relative', '//evil.example/x'],
  ['backslashes', '\\\\evil.example\\x'],
  ['slash and backslash', '/\\evil.example/x'],
  ['tab in the slashes', '/\t/evil.example/x'],
  ['absolute https', 'https://evil.example/x'],
];

/** Must render (so the checks above cannot pass by rendering nothing at all). */
export const SAFE: string[] = [
  'https://example.com/quote/HSI',
  'http://example.com/',
  '/quote/%5EHSI',
  'quote?symbol=HSI',
  '#hsi',
  'HTTPS://EXAMPLE.COM/',
];

export type Kind = 'link' | 'image' | 'feed';

/** The spellings that are hostile for an image (a picture, a logo): [why, spelling]. */
export const HOSTILE_URLS: Array<[string, string]> = SPELLINGS.filter(
  ([, , ordinaryFor]) => !ordinaryFor?.includes('image'),
).map(([why, spelling]) => [why, spelling]);

/**
 * Whether the browser would load `url` over http(s): the rule that decides, as in the hardening
 * suite. A spelling that is only hostile once the HTML parser decodes it (`javascript&colon;…`,
 * a NUL inside the scheme) is, as a string in data, an ordinary same-origin relative path.
 */
export function resolvesToWeb(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url.trim(), document.baseURI).protocol);
  } catch {
    return false;
  }
}
