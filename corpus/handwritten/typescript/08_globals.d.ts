declare module '*.svg' {
  const content: string;
  export default content;
}

declare module '*.module.css' {
  const classes: { readonly [key: string]: string };
  export default classes;
}

interface Window {
  __APP_VERSION__: string;
  dataLayer?: unknown[];
  analytics?: {
    track(event: string, props?: Record<string, unknown>): void;
    identify(userId: string): void;
  };
}

declare namespace NodeJS {
  interface ProcessEnv {
    readonly NODE_ENV: 'development' | 'production' | 'test';
    readonly DATABASE_URL: string;
    readonly SESSION_SECRET?: string;
  }
}
