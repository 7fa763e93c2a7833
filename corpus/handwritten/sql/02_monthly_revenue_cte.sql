WITH monthly AS (
    SELECT date_trunc('month', o.placed_at)::date AS month,
           c.country,
           sum(oi.quantity * oi.unit_price)     AS revenue,
           count(DISTINCT o.id)                  AS orders
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.id
    JOIN customers c    ON c.id = o.customer_id
    WHERE o.status <> 'cancelled'
      AND o.placed_at >= date '2023-01-01'
    GROUP BY 1, 2
)
SELECT month,
       country,
       revenue,
       orders,
       round(revenue / nullif(orders, 0), 2)                                   AS avg_order_value,
       round(100.0 * (revenue - lag(revenue) OVER w) / nullif(lag(revenue) OVER w, 0), 1) AS mom_growth_pct,
       sum(revenue) OVER (PARTITION BY country ORDER BY month ROWS UNBOUNDED PRECEDING) AS running_total
FROM monthly
WINDOW w AS (PARTITION BY country ORDER BY month)
ORDER BY country, month;
