import type { Quote } from 'market-ticker';

export interface ConsumerState {
  quotes: Quote[];
  price: number;
}
export declare const getState: () => ConsumerState;
export declare function subscribe(listener: (state: ConsumerState) => void): () => void;
export declare function record(event: CustomEvent<{ symbol?: string; quote?: Quote; status?: string }>): void;
export declare function install(app: { mount: () => void; unmount: () => void }): void;
export declare const defineLate: () => Promise<unknown>;
