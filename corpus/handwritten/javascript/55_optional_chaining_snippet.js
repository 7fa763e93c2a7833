const city = order?.customer?.address?.city ?? 'unknown';
const firstTag = post.tags?.[0]?.toUpperCase();
settings.onSave?.(draft);
config.retries ??= 3;
