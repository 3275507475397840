import type { Quote } from 'market-ticker';
export declare const QUOTES: Quote[];
