function orbit_demo()
%ORBIT_DEMO Integrates a two-body orbit with a fixed-step RK4 and
%checks energy conservation.

    mu = 398600.4418;            % earth GM [km^3/s^2]
    r0 = [7000; 0; 0];           % km
    v0 = [0; 7.5; 1.0];          % km/s
    y0 = [r0; v0];

    dt = 10;                     % s
    tEnd = 2*3600;
    [t, Y] = rk4(@(t, y) twoBody(t, y, mu), [0 tEnd], y0, dt);

    E = 0.5*vecnorm(Y(4:6, :)).^2 - mu ./ vecnorm(Y(1:3, :));
    fprintf('relative energy drift: %.2e\n', abs(E(end) - E(1))/abs(E(1)));

    figure;
    plot3(Y(1, :), Y(2, :), Y(3, :), 'LineWidth', 1.2); hold on;
    [sx, sy, sz] = sphere(30);
    surf(6371*sx, 6371*sy, 6371*sz, 'FaceAlpha', 0.3, 'EdgeColor', 'none');
    axis equal; grid on; hold off;
    xlabel('x [km]'); ylabel('y [km]'); zlabel('z [km]');
    title(sprintf('%d steps of %g s', numel(t) - 1, dt));
end

function dy = twoBody(~, y, mu)
    r = y(1:3);
    dy = [y(4:6); -mu*r/norm(r)^3];
end

function [t, Y] = rk4(f, tspan, y0, h)
    t = tspan(1):h:tspan(2);
    Y = zeros(numel(y0), numel(t));
    Y(:, 1) = y0;
    for k = 1:numel(t) - 1
        tk = t(k); yk = Y(:, k);
        k1 = f(tk, yk);
        k2 = f(tk + h/2, yk + h/2*k1);
        k3 = f(tk + h/2, yk + h/2*k2);
        k4 = f(tk + h, yk + h*k3);
        Y(:, k+1) = yk + h/6*(k1 + 2*k2 + 2*k3 + k4);
    end
end
