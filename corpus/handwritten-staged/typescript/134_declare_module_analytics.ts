// Ambient types for a third-party analytics snippet that ships without typings,
// plus augmentation of our own event bus module.

declare module 'tiny-analytics' {
  export type Primitive = string | number | boolean | null;

  export interface IdentifyTraits {
    email?: string;
    name?: string;
    plan?: 'free' | 'pro' | 'enterprise';
    [trait: string]: Primitive | undefined;
  }

  export interface TrackOptions {
    /** Send immediately instead of batching. */
    flush?: boolean;
    timestamp?: Date;
    context?: Record<string, Primitive>;
  }

  export interface AnalyticsClient {
    readonly ready: Promise<void>;
    identify(userId: string, traits?: IdentifyTraits): void;
    track<E extends string>(event: E, properties?: Record<string, Primitive>, options?: TrackOptions): void;
    page(name?: string, properties?: Record<string, Primitive>): void;
    reset(): void;
    on(event: 'flush', listener: (batchSize: number) => void): () => void;
    on(event: 'error', listener: (err: Error) => void): () => void;
  }

  export function init(writeKey: string, options?: { endpoint?: string; batchSize?: number }): AnalyticsClient;
  const client: AnalyticsClient;
  export default client;
}

declare module '@app/events' {
  interface AppEventMap {
    'checkout:started': { cartId: string; itemCount: number };
    'checkout:completed': { orderId: string; totalCents: number };
    'search:performed': { query: string; results: number };
  }
}

export {};
