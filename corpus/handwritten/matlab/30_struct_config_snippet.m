cfg.solver = 'ode45';
cfg.tspan  = [0 10];
cfg.opts   = odeset('RelTol', 1e-6, 'AbsTol', 1e-8);
[t, y] = feval(cfg.solver, @(t, y) [y(2); -sin(y(1))], cfg.tspan, [pi/4; 0], cfg.opts);
plot(t, y(:, 1)); title('pendulum angle');
