import { createComponent } from '@lit/react';
import * as React from 'react';
import { ArticleCard as ArticleCardElement } from 'market-ticker/article-card.js';
import { feedStatus, quoteSelect } from './events.js';

/** `<article-card>`: a news card with related quotes. Callbacks `onQuoteSelect` and `onFeedStatus`. */
export const ArticleCard = createComponent({
  react: React,
  tagName: 'article-card',
  elementClass: ArticleCardElement,
  events: { onQuoteSelect: quoteSelect, onFeedStatus: feedStatus },
  displayName: 'ArticleCard',
});

export type ArticleCardProps = React.ComponentProps<typeof ArticleCard>;
