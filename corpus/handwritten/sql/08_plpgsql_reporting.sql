-- Reporting helpers for the support desk.

CREATE SCHEMA IF NOT EXISTS reporting;

CREATE OR REPLACE VIEW reporting.ticket_facts AS
SELECT t.id,
       t.created_at,
       t.closed_at,
       t.priority,
       t.channel,
       a.team,
       extract(epoch FROM (t.first_response_at - t.created_at)) / 60 AS first_response_min,
       extract(epoch FROM (t.closed_at - t.created_at)) / 3600       AS resolution_hours,
       (SELECT count(*) FROM ticket_messages m WHERE m.ticket_id = t.id) AS message_count,
       t.reopened_count > 0                                              AS was_reopened
FROM tickets t
LEFT JOIN agents a ON a.id = t.assignee_id;

CREATE OR REPLACE FUNCTION reporting.sla_breaches(p_from date, p_to date)
RETURNS TABLE (
    team            text,
    priority        text,
    tickets         bigint,
    breached        bigint,
    breach_pct      numeric
)
LANGUAGE sql STABLE AS $$
    WITH limits(priority, max_first_response_min) AS (
        VALUES ('urgent', 30), ('high', 120), ('normal', 480), ('low', 1440)
    )
    SELECT f.team,
           f.priority,
           count(*)                                                   AS tickets,
           count(*) FILTER (WHERE f.first_response_min > l.max_first_response_min) AS breached,
           round(100.0 * count(*) FILTER (WHERE f.first_response_min > l.max_first_response_min)
                 / nullif(count(*), 0), 1)                            AS breach_pct
    FROM reporting.ticket_facts f
    JOIN limits l USING (priority)
    WHERE f.created_at >= p_from
      AND f.created_at <  p_to + 1
    GROUP BY f.team, f.priority
    ORDER BY breach_pct DESC NULLS LAST;
$$;

CREATE OR REPLACE FUNCTION reporting.close_stale_tickets(p_days integer DEFAULT 14)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_count integer := 0;
    r record;
BEGIN
    FOR r IN
        SELECT t.id
        FROM tickets t
        WHERE t.status = 'waiting_on_customer'
          AND t.updated_at < now() - make_interval(days => p_days)
        FOR UPDATE SKIP LOCKED
    LOOP
        UPDATE tickets
           SET status = 'closed',
               closed_at = now(),
               close_reason = 'auto: no customer reply'
         WHERE id = r.id;

        INSERT INTO ticket_messages (ticket_id, author_type, body, created_at)
        VALUES (r.id, 'system',
                format('Closed automatically after %s days without a reply.', p_days),
                now());

        v_count := v_count + 1;
    END LOOP;

    RAISE NOTICE 'closed % stale tickets', v_count;
    RETURN v_count;
END;
$$;

CREATE MATERIALIZED VIEW IF NOT EXISTS reporting.daily_volume AS
SELECT date_trunc('day', created_at)::date AS day,
       channel,
       count(*)                            AS created,
       count(*) FILTER (WHERE priority = 'urgent') AS urgent
FROM tickets
GROUP BY 1, 2;

CREATE UNIQUE INDEX IF NOT EXISTS daily_volume_day_channel ON reporting.daily_volume (day, channel);

-- refresh nightly from cron:
-- REFRESH MATERIALIZED VIEW CONCURRENTLY reporting.daily_volume;

CREATE OR REPLACE FUNCTION reporting.agent_workload(p_team text)
RETURNS TABLE (agent text, open_tickets bigint, oldest_open interval, urgent bigint)
LANGUAGE sql STABLE AS $$
    SELECT a.name,
           count(t.id),
           now() - min(t.created_at),
           count(t.id) FILTER (WHERE t.priority = 'urgent')
    FROM agents a
    LEFT JOIN tickets t
           ON t.assignee_id = a.id
          AND t.status NOT IN ('closed', 'resolved')
    WHERE a.team = p_team
      AND a.active
    GROUP BY a.name
    ORDER BY count(t.id) DESC;
$$;

COMMENT ON FUNCTION reporting.agent_workload(text) IS 'Open tickets per agent for one team';
COMMENT ON VIEW reporting.ticket_facts IS 'One row per ticket with derived timing metrics';
