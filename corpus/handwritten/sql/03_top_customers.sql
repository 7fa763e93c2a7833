SELECT c.id, c.name, count(o.id) AS orders, sum(o.total) AS spent
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.placed_at > now() - interval '90 days'
GROUP BY c.id, c.name
HAVING sum(o.total) > 500
ORDER BY spent DESC
LIMIT 20;
