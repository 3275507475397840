
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-ad-label': `廣告`,
'article-byline-author': str`作者：${0}`,
'article-copyright': str`© ${0} ${1} 版權所有`,
'article-copyright-undated': str`© ${0} 版權所有`,
'article-photo-credit': str`圖片：${0}`,
'article-related-label': `相關報價`,
'article-source-line': str`原文刊於 ${0}`,
'cell-sparkline-range': str`範圍 ${0} 至 ${1}`,
'cell-state-24h': `全天候交易`,
'cell-state-break': `暫停交易`,
'cell-state-closed': `已收市`,
'cell-state-holiday': `假期休市`,
'cell-state-open': `交易中`,
'cell-state-pre-open': `開市前時段`,
'duration-day': str`${0} 日`,
'duration-days': str`${0} 日`,
'duration-hour': str`${0} 小時`,
'duration-hour-minute': str`${0} 小時 ${1} 分鐘`,
'duration-hour-minutes': str`${0} 小時 ${1} 分鐘`,
'duration-hours': str`${0} 小時`,
'duration-hours-minute': str`${0} 小時 ${1} 分鐘`,
'duration-hours-minutes': str`${0} 小時 ${1} 分鐘`,
'duration-minute': str`${0} 分鐘`,
'duration-minutes': str`${0} 分鐘`,
'quote-spoken-down': str`${0} ${1}，跌 ${2}，跌 ${3}%`,
'quote-spoken-down-change': str`${0} ${1}，跌 ${2}`,
'quote-spoken-down-percent': str`${0} ${1}，跌 ${2}%`,
'quote-spoken-empty': str`${0}，暫無報價`,
'quote-spoken-flat': str`${0} ${1}，無升跌`,
'quote-spoken-price': str`${0} ${1}`,
'quote-spoken-up': str`${0} ${1}，升 ${2}，升 ${3}%`,
'quote-spoken-up-change': str`${0} ${1}，升 ${2}`,
'quote-spoken-up-percent': str`${0} ${1}，升 ${2}%`,
'status-around-the-clock': str`${0} 全天候交易`,
'status-breaks-in': str`${0} 將在 ${1} 午休`,
'status-closed': str`${0} 休市`,
'status-closes-early-in': str`${0} 今日提早收市，將在 ${1} 收市`,
'status-closes-in': str`${0} 將在 ${1} 收市`,
'status-opens-in': str`${0} 將在 ${1} 開市`,
'status-pauses-in': str`${0} 將在 ${1} 進入每日休市時段`,
'status-pre-open-label': `開市前時段：`,
'status-reopens-in': str`${0} 午休，將在 ${1} 後恢復交易`,
'status-resumes-in': str`${0} 每日休市時段，將在 ${1} 後恢復交易`,
'status-unavailable': `暫無市場狀態`,
'ticker-announce': str`${0} ${1}，${2}（${3}）`,
'ticker-empty': `暫無報價`,
'ticker-label': `市場報價`,
'ticker-loading': `正在載入報價…`,
'ticker-pause-toggle': `暫停報價`,
'ticker-stale': `延遲`,
    };
  