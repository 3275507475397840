/**
 * Demo articles for stories and tests: one story about Alibaba (9988.HK) and the Hong Kong market,
 * written for this library in English, Traditional Chinese (Hong Kong) and Simplified Chinese.
 * The publisher, author, events and figures are invented for illustration; the picture is an
 * original drawing shipped next to this file.
 */
import type { Quote } from '../../packages/market-ticker/src/quote.js';

export type DemoLocale = 'en' | 'zh-Hant-HK' | 'zh-Hans-CN';

export interface DemoArticle {
  contentLang: DemoLocale;
  headline: string;
  summary: string;
  /** Body paragraphs, in order. */
  body: string[];
  /** The promotional box's text and its link text. */
  promo: { text: string; link: string };
  /** The text of the demo advertisement. */
  ad: string;
  source: string;
  author: string;
  href: string;
  published: string;
  imageAlt: string;
  caption: string;
  credit: string;
  symbols: string;
}

/** The clock the stories are pinned to: three hours after publication. */
export const DEMO_NOW = '2024-04-19T08:12:00Z';
const PUBLISHED = '2024-04-19T05:12:00Z';

/**
 * An original SVG drawing (1200 × 675): a rising price line over a harbour skyline at dusk.
 * `no-inline` keeps Vite from turning this small file into a `data:` URL, which the card refuses
 * (only http(s) and relative URLs are used). Outside Vite the query is ignored.
 */
export const articleImage = {
  src: new URL('./hong-kong-harbour-chart.svg?no-inline', import.meta.url).href,
  width: 1200,
  height: 675,
};

/** Figures for the related quotes (illustrative, not market data). */
export const relatedQuotes: Quote[] = [
  { symbol: '9988.HK', price: 72.45, change: 1.35, changePercent: 1.9 },
  { symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48 },
  { symbol: '^HSCE', price: 6120.37, change: 20.15, changePercent: 0.33 },
];

const SYMBOLS = '9988.HK,^HSI,^HSCE';

export const articles: Record<DemoLocale, DemoArticle> = {
  en: {
    contentLang: 'en',
    headline: 'Alibaba leads a rebound in Hong Kong tech shares',
    summary:
      'Investors returned to the big internet names on Friday as the Hang Seng Index edged higher, with Alibaba among the most actively traded stocks of the day.',
    body: [
      'Shares of Alibaba Group, listed in Hong Kong under the code 9988, climbed through the afternoon as buyers came back to the city’s largest technology companies after several soft sessions.',
      'The wider market followed more cautiously. The Hang Seng Index finished modestly higher, and the Hang Seng China Enterprises Index, which tracks mainland companies listed in Hong Kong, added a smaller gain.',
      'Turnover in the e-commerce group ran well above its recent average, a sign that the move drew interest beyond short-term traders.',
      'Analysts said attention would now turn to the group’s next quarterly results and to the pace of growth in its cloud computing and international commerce businesses.',
      'This is demonstration content written for the market-ticker component library; its events and figures are illustrative.',
    ],
    promo: {
      text: 'Get the day’s market moves in your inbox every evening.',
      link: 'Sign up for the Harbour Markets briefing',
    },
    ad: 'Harbour Bank: travel money with no fees',
    source: 'Harbour Markets Daily',
    author: 'Markets Desk',
    href: 'https://example.com/markets/alibaba-leads-tech-rebound',
    published: PUBLISHED,
    imageAlt: 'Illustration: a rising green price line over a harbour skyline at dusk.',
    caption: 'An illustrated price line over Victoria Harbour at dusk.',
    credit: 'market-ticker demo art',
    symbols: SYMBOLS,
  },
  'zh-Hant-HK': {
    contentLang: 'zh-Hant-HK',
    headline: '阿里巴巴領漲 港股科技股反彈',
    summary: '恒指周五輕微上揚，投資者重投大型互聯網股，阿里巴巴成為全日成交最活躍的股份之一。',
    body: [
      '在香港上市的阿里巴巴集團（股份代號 9988）午後造好，經過數個交易日的調整後，買盤重新流入本地大型科技股。',
      '大市升勢相對審慎。恒生指數收市微升，追蹤在港上市內地企業的恒生中國企業指數升幅較少。',
      '阿里巴巴的成交額明顯高於近期平均水平，顯示升勢吸引的不只是短線資金。',
      '分析員表示，市場焦點將轉向集團下一份季度業績，以及雲端運算和國際電商業務的增長步伐。',
      '本文為 market-ticker 元件庫的示範內容，文中事件及數字僅作說明用途。',
    ],
    promo: { text: '每日收市後，把港股重點直送你的郵箱。', link: '立即訂閱《港灣財經》晚間簡報' },
    ad: '港灣銀行：外幣兌換 免手續費',
    source: '港灣財經',
    author: '財經組',
    href: 'https://example.com/hk/markets/alibaba-leads-tech-rebound',
    published: PUBLISHED,
    imageAlt: '示意圖：黃昏時分的海港天際線上，一條向上的綠色股價走勢線。',
    caption: '黃昏時分的維多利亞港與示意走勢圖。',
    credit: 'market-ticker 示範插圖',
    symbols: SYMBOLS,
  },
  'zh-Hans-CN': {
    contentLang: 'zh-Hans-CN',
    headline: '阿里巴巴领涨 港股科技股反弹',
    summary: '恒指周五小幅上扬，投资者重新买入大型互联网股，阿里巴巴成为全天成交最活跃的股票之一。',
    body: [
      '在香港上市的阿里巴巴集团（股份代码 9988）午后走强，经过数个交易日的调整后，买盘重新流入本地大型科技股。',
      '大盘涨势相对谨慎。恒生指数收盘微涨，追踪在港上市内地企业的恒生中国企业指数涨幅较小。',
      '阿里巴巴的成交额明显高于近期平均水平，显示涨势吸引的不只是短线资金。',
      '分析师表示，市场焦点将转向集团下一份季度业绩，以及云计算和国际电商业务的增长步伐。',
      '本文为 market-ticker 组件库的示范内容，文中事件及数字仅作说明用途。',
    ],
    promo: { text: '每日收盘后，把港股要点直送你的邮箱。', link: '立即订阅《港湾财经》晚间简报' },
    ad: '港湾银行：外币兑换 免手续费',
    source: '港湾财经',
    author: '财经组',
    href: 'https://example.com/cn/markets/alibaba-leads-tech-rebound',
    published: PUBLISHED,
    imageAlt: '示意图：黄昏时分的海港天际线上，一条向上的绿色股价走势线。',
    caption: '黄昏时分的维多利亚港与示意走势图。',
    credit: 'market-ticker 示范插图',
    symbols: SYMBOLS,
  },
};

/** A headline long enough to wrap many times, with one very long word. */
export const longHeadline =
  'Hong Kong’s Hang Seng Index, the China Enterprises Index and the city’s biggest internet companies, Alibaba, Tencent and Meituan among them, all closed higher on Friday as investors weighed results, policy signals and the outlook for interest rates: HangSengTechIndexConstituentsOutperformedForTheThirdSession';
