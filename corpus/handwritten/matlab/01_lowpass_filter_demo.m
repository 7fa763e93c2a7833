%% Low-pass filtering a noisy sensor signal
% Compares a moving average with a 4th order Butterworth filter.
% Requires the Signal Processing Toolbox for butter/filtfilt.

clear; close all; clc;

%% Parameters
fs = 500;                 % sample rate [Hz]
t  = 0:1/fs:4-1/fs;       % 4 seconds
f0 = 3;                   % signal frequency [Hz]

%% Build a test signal
clean = sin(2*pi*f0*t) + 0.4*sin(2*pi*0.5*t);
rng(42);
noisy = clean + 0.35*randn(size(t)) + 0.2*sin(2*pi*60*t);   % mains hum

%% Moving average
win = 25;
ma = movmean(noisy, win);

%% Butterworth, zero phase
fc = 8;                                   % cutoff [Hz]
[b, a] = butter(4, fc/(fs/2), 'low');
bw = filtfilt(b, a, noisy);

%% Error metrics
rmse = @(x) sqrt(mean((x - clean).^2));
fprintf('RMSE noisy:       %.4f\n', rmse(noisy));
fprintf('RMSE moving avg:  %.4f\n', rmse(ma));
fprintf('RMSE butterworth: %.4f\n', rmse(bw));

%% Plot
figure('Name', 'Filter comparison', 'Color', 'w');
tiledlayout(2, 1, 'TileSpacing', 'compact');

nexttile;
plot(t, noisy, 'Color', [0.75 0.75 0.75]); hold on;
plot(t, clean, 'k', 'LineWidth', 1.2);
plot(t, ma, 'b');
plot(t, bw, 'r', 'LineWidth', 1.1);
hold off; grid on;
xlim([0 2]);
legend({'noisy', 'clean', 'moving average', 'butterworth'}, 'Location', 'southoutside', ...
       'Orientation', 'horizontal');
xlabel('time [s]'); ylabel('amplitude');
title('Time domain');

nexttile;
[H, w] = freqz(b, a, 1024, fs);
plot(w, 20*log10(abs(H)), 'LineWidth', 1.2);
grid on; xlim([0 60]); ylim([-80 5]);
xline(fc, '--', sprintf('f_c = %d Hz', fc));
xlabel('frequency [Hz]'); ylabel('|H| [dB]');
title('Butterworth magnitude response');
