INSERT INTO daily_metrics (metric, day, value)
VALUES ('signups', CURRENT_DATE, 1)
ON CONFLICT (metric, day)
DO UPDATE SET value = daily_metrics.value + EXCLUDED.value
RETURNING metric, day, value;
