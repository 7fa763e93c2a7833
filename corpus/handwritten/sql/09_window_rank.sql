SELECT *
FROM (
    SELECT p.category,
           p.name,
           sum(s.quantity) AS units,
           rank() OVER (PARTITION BY p.category ORDER BY sum(s.quantity) DESC) AS rnk
    FROM sales s
    JOIN products p ON p.id = s.product_id
    WHERE s.sold_on BETWEEN '2024-01-01' AND '2024-03-31'
    GROUP BY p.category, p.name
) ranked
WHERE rnk <= 3
ORDER BY category, rnk;
