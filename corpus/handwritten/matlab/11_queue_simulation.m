%% M/M/1 queue simulation vs. theory
% Customers arrive with rate lambda and are served with rate mu.
% We simulate N customers and compare the mean waiting time with
% the analytical result Wq = lambda / (mu*(mu - lambda)).

rng('default');
lambda = 0.8;     % arrivals per minute
mu     = 1.0;     % services per minute
N      = 50000;

interArrival = exprnd(1/lambda, N, 1);
service      = exprnd(1/mu, N, 1);
arrival      = cumsum(interArrival);

startService = zeros(N, 1);
departure    = zeros(N, 1);
startService(1) = arrival(1);
departure(1)    = startService(1) + service(1);
for k = 2:N
    startService(k) = max(arrival(k), departure(k-1));
    departure(k)    = startService(k) + service(k);
end

wait = startService - arrival;
rho = lambda / mu;
WqTheory = lambda / (mu * (mu - lambda));

fprintf('utilisation rho     : %.2f\n', rho);
fprintf('mean wait (sim)     : %.3f min\n', mean(wait));
fprintf('mean wait (theory)  : %.3f min\n', WqTheory);
fprintf('P(wait > 10 min)    : %.3f\n', mean(wait > 10));

%% Running average converges slowly for rho close to 1
runningMean = cumsum(wait) ./ (1:N)';
figure;
semilogx(1:N, runningMean, 'LineWidth', 1); hold on;
yline(WqTheory, 'r--', 'theory');
hold off; grid on;
xlabel('customers'); ylabel('running mean wait [min]');
title(sprintf('M/M/1, \\rho = %.2f', rho));
