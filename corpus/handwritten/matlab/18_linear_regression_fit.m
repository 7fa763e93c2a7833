%% Polynomial and linear regression on measured spring data
% Hooke's law: F = k*x. Measurements from lab session 3.

x = [0.00 0.01 0.02 0.03 0.04 0.05 0.06 0.07 0.08]';   % extension [m]
F = [0.02 0.98 2.05 2.91 4.10 4.95 6.02 7.10 7.85]';    % force [N]

% least squares through the origin
k = x \ F;

% ordinary fit with intercept
X = [ones(size(x)) x];
beta = X \ F;
Fhat = X*beta;
SSres = sum((F - Fhat).^2);
SStot = sum((F - mean(F)).^2);
R2 = 1 - SSres/SStot;

% quadratic, to see whether the spring stiffens
p = polyfit(x, F, 2);

fprintf('k (origin)      = %.2f N/m\n', k);
fprintf('k (intercept)   = %.2f N/m, b = %.3f N, R^2 = %.4f\n', beta(2), beta(1), R2);
fprintf('quadratic coeff = %.1f N/m^2\n', p(1));

xx = linspace(0, 0.09, 200);
figure;
scatter(x*100, F, 40, 'filled'); hold on;
plot(xx*100, k*xx, 'r-', 'DisplayName', 'through origin');
plot(xx*100, polyval(p, xx), 'g--', 'DisplayName', 'quadratic');
hold off; grid on;
xlabel('extension [cm]'); ylabel('force [N]');
legend('data', 'through origin', 'quadratic', 'Location', 'northwest');
