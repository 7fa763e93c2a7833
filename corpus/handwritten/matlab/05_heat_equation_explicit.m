%% 1-D heat equation, explicit finite differences
%{
    u_t = alpha * u_xx on [0, L], with fixed temperatures at both ends.
    Stability requires r = alpha*dt/dx^2 <= 0.5.
    Written for the numerical methods tutorial, week 6.
%}

alpha = 1.1e-4;     % thermal diffusivity of copper, m^2/s
L     = 0.5;        % rod length, m
nx    = 101;
dx    = L/(nx-1);
x     = linspace(0, L, nx);

dt    = 0.4*dx^2/alpha;
r     = alpha*dt/dx^2;
tEnd  = 600;
nt    = ceil(tEnd/dt);

assert(r <= 0.5, 'unstable: r = %.3f', r);

% initial condition: room temperature with a hot spot in the middle
u = 20*ones(1, nx);
u(abs(x - L/2) < 0.05) = 150;
u(1) = 0; u(end) = 100;      % boundary temperatures

snapTimes = [0 30 120 300 600];
snaps = zeros(numel(snapTimes), nx);
snaps(1, :) = u;
s = 2;

for n = 1:nt
    u(2:end-1) = u(2:end-1) + r*(u(3:end) - 2*u(2:end-1) + u(1:end-2));
    t = n*dt;
    if s <= numel(snapTimes) && t >= snapTimes(s)
        snaps(s, :) = u;
        s = s + 1;
    end
end

figure; hold on;
cmap = parula(numel(snapTimes));
for k = 1:numel(snapTimes)
    plot(x*100, snaps(k, :), 'Color', cmap(k, :), 'LineWidth', 1.5, ...
        'DisplayName', sprintf('t = %d s', snapTimes(k)));
end
hold off; grid on; box on;
xlabel('position [cm]'); ylabel('temperature [°C]');
legend('show', 'Location', 'northwest');
title(sprintf('Explicit scheme, r = %.2f, %d steps', r, nt));
