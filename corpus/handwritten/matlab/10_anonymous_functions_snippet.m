sq = @(x) x.^2;
compose = @(f, g) @(x) f(g(x));
h = compose(sq, @sin);
vals = arrayfun(h, linspace(0, pi, 5))
cellfun(@numel, {'alpha', 'be', 'gamma'})
