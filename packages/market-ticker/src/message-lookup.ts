/**
 * The msg() the library installs into @lit/localize, in place of the one `configureLocalization`
 * and `configureReentrantLocalization` install: a message by its id in the templates of the locale
 * drawn now, else its English source, exactly as @lit/localize looks it up.
 *
 * @lit/localize's own lookup also turns the text of a msg() call with no `id` into an id, with a
 * hash every page downloads (about 600 B gzip). Every msg() of the library names its id (the build
 * fails otherwise, scripts/rollup-msg-calls.mjs), so the hash is loaded only for a host page's
 * own messages (`addTranslations`), whose ids lit-localize may have made from their text.
 */
import type { LocaleModule, MsgOptions, TemplateLike } from '@lit/localize';
import type { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { isStrTagged, joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import { _installMsgImplementation } from '@lit/localize/init/install.js';

export type Templates = LocaleModule['templates'];

let hash: typeof generateMsgId | undefined;
let hashing: Promise<void> | undefined;
const ids = new Map<string | readonly string[], string>();

/**
 * Loads the ids lit-localize makes from a message's text, for msg() calls that name none. Never
 * rejects: without it such a message shows its source, and the next call tries again.
 */
export function loadMessageIds(): Promise<void> {
  return (hashing ??= import('@lit/localize/internal/id-generation.js').then(
    ({ generateMsgId }) => void (hash = generateMsgId),
    () => void (hashing = undefined),
  ));
}

function idOf(template: TemplateLike, options?: MsgOptions): string | undefined {
  if (options?.id !== undefined || !hash) return options?.id;
  const strings = typeof template === 'string' ? template : template.strings;
  let id = ids.get(strings);
  if (id === undefined) {
    ids.set(strings, (id = hash(strings, typeof template !== 'string' && !('strTag' in template))));
  }
  return id;
}

function lookup(templates: Templates | undefined, template: TemplateLike, options?: MsgOptions): TemplateLike {
  const id = templates && idOf(template, options);
  const found = id === undefined ? undefined : templates![id];
  // The source, as @lit/localize's defaultMsg (typed as a msg(), which its extractor would read).
  if (found === undefined)
    return isStrTagged(template) ? joinStringsAndValues(template.strings, template.values) : template;
  if (typeof found === 'string') return found;
  // Translations hold the source's value numbers in place of values: `str\`圖片：${0}\``.
  const { values } = template as Exclude<TemplateLike, string>;
  if ('strTag' in found) return joinStringsAndValues(found.strings, values, found.values as number[]);
  // A new result each call, so the translation's `values` keep the source's numbers for the next.
  return { ...found, values: found.values.map((i) => values[i as number]) };
}

/**
 * Installs the library's msg(), reading the templates of the locale to draw at each call (undefined
 * for the source locale). False when the page's @lit/localize runtime was configured already.
 */
export function installMessages(templates: () => Templates | undefined): boolean {
  try {
    _installMsgImplementation(((template: TemplateLike, options?: MsgOptions) =>
      lookup(templates(), template, options)) as Parameters<typeof _installMsgImplementation>[0]);
    return true;
  } catch {
    return false;
  }
}
