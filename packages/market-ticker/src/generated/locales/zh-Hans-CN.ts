
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-ad-label': `广告`,
'article-byline-author': str`作者：${0}`,
'article-copyright': str`© ${0} ${1} 版权所有`,
'article-copyright-undated': str`© ${0} 版权所有`,
'article-photo-credit': str`图片：${0}`,
'article-related-label': `相关行情`,
'article-source-line': str`原文刊于 ${0}`,
'cell-sparkline-range': str`范围 ${0} 至 ${1}`,
'cell-state-24h': `全天候交易`,
'cell-state-break': `暂停交易`,
'cell-state-closed': `已收盘`,
'cell-state-holiday': `节假日休市`,
'cell-state-open': `交易中`,
'cell-state-pre-open': `开盘前时段`,
'duration-day': str`${0} 天`,
'duration-days': str`${0} 天`,
'duration-hour': str`${0} 小时`,
'duration-hour-minute': str`${0} 小时 ${1} 分钟`,
'duration-hour-minutes': str`${0} 小时 ${1} 分钟`,
'duration-hours': str`${0} 小时`,
'duration-hours-minute': str`${0} 小时 ${1} 分钟`,
'duration-hours-minutes': str`${0} 小时 ${1} 分钟`,
'duration-minute': str`${0} 分钟`,
'duration-minutes': str`${0} 分钟`,
'quote-spoken-down': str`${0} ${1}，跌 ${2}，跌 ${3}%`,
'quote-spoken-down-change': str`${0} ${1}，跌 ${2}`,
'quote-spoken-down-percent': str`${0} ${1}，跌 ${2}%`,
'quote-spoken-empty': str`${0}，暂无报价`,
'quote-spoken-flat': str`${0} ${1}，平盘`,
'quote-spoken-price': str`${0} ${1}`,
'quote-spoken-up': str`${0} ${1}，涨 ${2}，涨 ${3}%`,
'quote-spoken-up-change': str`${0} ${1}，涨 ${2}`,
'quote-spoken-up-percent': str`${0} ${1}，涨 ${2}%`,
'status-around-the-clock': str`${0} 全天候交易`,
'status-breaks-in': str`${0} 将在 ${1} 午休`,
'status-closed': str`${0} 休市`,
'status-closes-early-in': str`${0} 今日提前收市，将在 ${1} 收市`,
'status-closes-in': str`${0} 将在 ${1} 收市`,
'status-opens-in': str`${0} 将在 ${1} 开市`,
'status-pauses-in': str`${0} 将在 ${1} 进入每日休市时段`,
'status-pre-open-label': `开市前时段：`,
'status-reopens-in': str`${0} 午休，将在 ${1} 后恢复交易`,
'status-resumes-in': str`${0} 每日休市时段，将在 ${1} 后恢复交易`,
'status-unavailable': `暂无市场状态`,
'ticker-announce': str`${0} ${1}，${2}（${3}）`,
'ticker-empty': `暂无行情`,
'ticker-label': `市场行情`,
'ticker-loading': `正在加载行情…`,
'ticker-pause-toggle': `暂停行情`,
'ticker-stale': `延迟`,
    };
  