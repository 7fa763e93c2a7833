WITH RECURSIVE chain AS (
    SELECT id, name, manager_id, title, 0 AS depth, ARRAY[name] AS path
    FROM employees
    WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, e.name, e.manager_id, e.title, c.depth + 1, c.path || e.name
    FROM employees e
    JOIN chain c ON e.manager_id = c.id
)
SELECT repeat('    ', depth) || name AS org_chart,
       title,
       depth
FROM chain
ORDER BY path;
