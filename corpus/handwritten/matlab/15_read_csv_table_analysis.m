% Monthly sales analysis from a CSV export.
% Columns: Date, Region, Product, Units, Revenue

opts = detectImportOptions('sales_2026.csv');
opts = setvartype(opts, {'Region', 'Product'}, 'categorical');
T = readtable('sales_2026.csv', opts);

T.Month = dateshift(T.Date, 'start', 'month');

% revenue per region and month
byRegion = groupsummary(T, {'Region', 'Month'}, 'sum', 'Revenue');
wide = unstack(byRegion(:, {'Region', 'Month', 'sum_Revenue'}), 'sum_Revenue', 'Region');

% best selling product per region
[g, region] = findgroups(T.Region);
best = splitapply(@(p, u) topProduct(p, u), T.Product, T.Units, g);
disp(table(region, best, 'VariableNames', {'Region', 'TopProduct'}));

figure;
plot(wide.Month, wide{:, 2:end}, '-o');
legend(wide.Properties.VariableNames(2:end), 'Location', 'bestoutside');
ylabel('Revenue (EUR)');
title('Monthly revenue by region');
ytickformat('%,.0f');

function name = topProduct(products, units)
    [cats, ~, idx] = unique(products);
    totals = accumarray(idx, units);
    [~, k] = max(totals);
    name = cats(k);
end
