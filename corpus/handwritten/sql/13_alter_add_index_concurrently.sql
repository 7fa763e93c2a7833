-- migrate:up
ALTER TABLE events ADD COLUMN IF NOT EXISTS tenant_id uuid;
CREATE INDEX CONCURRENTLY IF NOT EXISTS events_tenant_created_idx ON events (tenant_id, created_at DESC);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS events_tenant_created_idx;
ALTER TABLE events DROP COLUMN IF EXISTS tenant_id;
