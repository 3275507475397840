// The server's msg() lookup (@lit-labs/ssr, plain Node, the built dist/ as a site imports it): each
// message in the request's locale, the library's and a host page's added with addTranslations,
// and a host's later addTranslations seen at the next render.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { msg, str } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { html } from 'lit';
import { addTranslations, localeReady, setServerLocale } from '../../packages/market-ticker/dist/localization.js';
import '../../packages/market-ticker/dist/index.js';

let locale = 'en';
setServerLocale(() => locale);

/** The text `view()` renders to in `wanted`, with Lit's markers and the tags gone. */
async function text(view, wanted) {
  // A msg() call reads the locale when it runs, so the template is made in the request.
  locale = wanted;
  const markup = await collectResult(render(view()));
  return markup
    .replace(/<!--[^>]*-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const greeting = (name) => html`<p>${msg(str`Hello, ${name}`, { id: 'host-greeting' })}</p>`;
const unnamed = () => html`<p>${msg('Markets today')}</p>`;
const banner = () => html`<market-status market="NOWHERE"></market-status>`;

test('messages follow the request locale, the library’s and a host’s', async () => {
  addTranslations('zh-Hant-HK', { 'host-greeting': str`${0}，你好` });
  addTranslations('zh-Hans-CN', { [generateMsgId('Markets today', false)]: '今日市场' });
  await localeReady();
  assert.equal(await text(() => greeting('Anna'), 'zh-Hant-HK'), 'Anna，你好');
  assert.equal(await text(() => greeting('Anna'), 'en'), 'Hello, Anna');
  assert.equal(await text(unnamed, 'zh-Hans-CN'), '今日市场');
  assert.equal(await text(unnamed, 'zh-Hant-HK'), 'Markets today');
  const [en, hk, cn] = [await text(banner, 'en'), await text(banner, 'zh-HK'), await text(banner, 'zh-CN')];
  assert.match(en, /Market status unavailable/);
  assert.ok(hk !== en && cn !== en && hk !== cn, `three languages: ${en} | ${hk} | ${cn}`);
});

test('a host’s addTranslations after a render is seen at the next render', async () => {
  assert.equal(await text(() => greeting('Anna'), 'zh-Hant-HK'), 'Anna，你好');
  addTranslations('zh-HK', { 'host-greeting': str`你好，${0}` });
  assert.equal(await text(() => greeting('Anna'), 'zh-Hant-HK'), '你好，Anna');
  // The library's own messages stay beside the host's.
  assert.doesNotMatch(await text(banner, 'zh-Hant-HK'), /Market status unavailable/);
});
