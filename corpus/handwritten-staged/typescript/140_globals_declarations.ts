// Global and ambient declarations for the dashboard app.
// Kept as a .ts module so it participates in the normal build.

/// <reference types="node" />

export {};

declare global {
  /** Injected by the bundler at build time. */
  const __APP_VERSION__: string;
  const __DEV__: boolean;

  interface ImportMetaEnv {
    readonly VITE_API_BASE: string;
    readonly VITE_SENTRY_DSN?: string;
    readonly VITE_FEATURE_FLAGS?: string;
  }

  interface ImportMeta {
    readonly env: ImportMetaEnv;
  }

  interface Array<T> {
    /** Polyfilled in src/polyfills.ts */
    findLastIndex(predicate: (value: T, index: number, obj: T[]) => unknown): number;
  }

  interface HTMLElementEventMap {
    'dashboard:refresh': CustomEvent<{ widgetId: string; force: boolean }>;
    'dashboard:resize': CustomEvent<{ columns: number }>;
  }

  namespace NodeJS {
    interface ProcessEnv {
      readonly NODE_ENV: 'development' | 'production' | 'test';
      readonly DATABASE_URL: string;
      readonly REDIS_URL?: string;
      readonly PORT?: `${number}`;
    }
  }

  type Nullable<T> = T | null;
  type ValueOf<T> = T[keyof T];

  function structuredClone<T>(value: T, options?: StructuredSerializeOptions): T;
}

declare module '*.svg' {
  const url: string;
  export default url;
}

declare module '*.module.css' {
  const classes: { readonly [className: string]: string };
  export default classes;
}

declare module '*.md?raw' {
  const content: string;
  export default content;
}

declare module 'legacy-charting' {
  export type SeriesType = 'line' | 'bar' | 'area' | 'scatter';

  export interface Point {
    x: number | Date;
    y: number;
    label?: string;
  }

  export interface Series {
    name: string;
    type: SeriesType;
    data: Point[];
    color?: string;
    yAxis?: 0 | 1;
  }

  export interface ChartOptions {
    width?: number;
    height?: number;
    title?: string;
    legend?: boolean | { position: 'top' | 'bottom' | 'left' | 'right' };
    tooltip?: (point: Point, series: Series) => string;
    animation?: false | { durationMs: number; easing?: 'linear' | 'ease-in-out' };
  }

  export class Chart {
    constructor(container: HTMLElement | string, options?: ChartOptions);
    readonly series: ReadonlyArray<Series>;
    addSeries(series: Series): this;
    removeSeries(name: string): boolean;
    update(options: Partial<ChartOptions>): void;
    on(event: 'click', handler: (point: Point, series: Series) => void): void;
    on(event: 'zoom', handler: (range: [from: number, to: number]) => void): void;
    toPNG(scale?: number): Promise<Blob>;
    destroy(): void;
  }

  export function registerTheme(name: string, palette: readonly string[]): void;
  export const version: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    requestId: string;
    session?: { userId: string; expiresAt: number };
  }
}
