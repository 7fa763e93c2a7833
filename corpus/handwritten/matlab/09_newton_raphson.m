function [root, iter, history] = newton_raphson(f, df, x0, opts)
%NEWTON_RAPHSON Find a root of f starting from x0.
%   root = newton_raphson(@(x) x.^3 - 2, @(x) 3*x.^2, 1)
%
%   Options (name-value):
%       Tol      - stop when |dx| < Tol          (default 1e-10)
%       MaxIter  - maximum number of iterations   (default 50)
%       Verbose  - print each step                (default false)

arguments
    f function_handle
    df function_handle
    x0 (1,1) double
    opts.Tol (1,1) double = 1e-10
    opts.MaxIter (1,1) double {mustBeInteger, mustBePositive} = 50
    opts.Verbose (1,1) logical = false
end

x = x0;
history = zeros(opts.MaxIter, 1);
for iter = 1:opts.MaxIter
    d = df(x);
    if abs(d) < eps
        error('newton_raphson:zeroDerivative', 'Derivative vanished at x = %g', x);
    end
    dx = f(x) / d;
    x = x - dx;
    history(iter) = x;
    if opts.Verbose
        fprintf('%3d  x = %.15g  |dx| = %.3e\n', iter, x, abs(dx));
    end
    if abs(dx) < opts.Tol
        root = x;
        history = history(1:iter);
        return
    end
end
warning('newton_raphson:noConvergence', 'No convergence after %d iterations', opts.MaxIter);
root = x;
end
