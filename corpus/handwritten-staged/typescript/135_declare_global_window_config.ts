export {};

declare global {
  interface Window {
    __APP_CONFIG__: {
      readonly apiUrl: string;
      readonly sentryDsn?: string;
      readonly features: ReadonlyArray<string>;
    };
    dataLayer?: unknown[];
  }

  var __BUILD_SHA__: string;
}

const cfg = window.__APP_CONFIG__;
window.dataLayer ??= [];
console.info(`build ${globalThis.__BUILD_SHA__} → ${cfg.apiUrl}`);
