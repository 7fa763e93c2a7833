function c = bisect(f, a, b, tol)
%BISECT  Root of f in [a, b] by bisection.
if nargin < 4, tol = 1e-8; end
fa = f(a);
if sign(fa) == sign(f(b))
    error('bisect:bracket', 'f(a) and f(b) must differ in sign');
end
while (b - a)/2 > tol
    c = (a + b)/2;
    fc = f(c);
    if fc == 0
        return
    elseif sign(fc) == sign(fa)
        a = c; fa = fc;
    else
        b = c;
    end
end
c = (a + b)/2;
end
