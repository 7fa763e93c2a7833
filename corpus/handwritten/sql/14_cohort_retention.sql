WITH first_seen AS (
    SELECT user_id, date_trunc('week', min(occurred_at)) AS cohort_week
    FROM app_events
    GROUP BY user_id
),
activity AS (
    SELECT DISTINCT e.user_id,
           f.cohort_week,
           (date_trunc('week', e.occurred_at) - f.cohort_week) / interval '7 days' AS week_n
    FROM app_events e
    JOIN first_seen f USING (user_id)
)
SELECT cohort_week::date,
       count(*) FILTER (WHERE week_n = 0) AS users,
       round(100.0 * count(*) FILTER (WHERE week_n = 1) / count(*) FILTER (WHERE week_n = 0), 1) AS w1,
       round(100.0 * count(*) FILTER (WHERE week_n = 2) / count(*) FILTER (WHERE week_n = 0), 1) AS w2,
       round(100.0 * count(*) FILTER (WHERE week_n = 4) / count(*) FILTER (WHERE week_n = 0), 1) AS w4,
       round(100.0 * count(*) FILTER (WHERE week_n = 8) / count(*) FILTER (WHERE week_n = 0), 1) AS w8
FROM activity
GROUP BY cohort_week
ORDER BY cohort_week;
