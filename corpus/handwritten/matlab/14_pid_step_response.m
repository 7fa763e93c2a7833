%% Discrete PID controller on a first-order plant with delay
% Plant: tau*dy/dt = -y + K*u(t - delay)

K     = 2.0;
tau   = 5.0;
delay = 0.6;
Ts    = 0.05;
T     = 30;
n     = round(T/Ts);
d     = round(delay/Ts);

Kp = 0.9; Ki = 0.25; Kd = 0.4;
setpoint = [zeros(1, round(1/Ts)), ones(1, n - round(1/Ts))];

y = zeros(1, n);
u = zeros(1, n);
integ = 0;
prevErr = 0;
uMax = 3;     % actuator saturation

for k = 2:n
    err = setpoint(k) - y(k-1);
    integ = integ + err*Ts;
    deriv = (err - prevErr)/Ts;
    uRaw = Kp*err + Ki*integ + Kd*deriv;
    u(k) = min(max(uRaw, -uMax), uMax);
    if u(k) ~= uRaw            % simple anti-windup: undo the integration
        integ = integ - err*Ts;
    end
    prevErr = err;

    uDelayed = 0;
    if k - d >= 1
        uDelayed = u(k - d);
    end
    y(k) = y(k-1) + Ts/tau*(-y(k-1) + K*uDelayed);
end

t = (0:n-1)*Ts;
info = stepinfo(y, t, 1);
fprintf('overshoot %.1f %%, settling time %.2f s\n', info.Overshoot, info.SettlingTime);

figure;
yyaxis left;  plot(t, setpoint, 'k:', t, y, 'b-', 'LineWidth', 1.2); ylabel('output');
yyaxis right; stairs(t, u, 'Color', [0.85 0.33 0.1]); ylabel('control');
xlabel('time [s]'); grid on;
legend('setpoint', 'y', 'u');
