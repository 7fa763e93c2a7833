%% Spectrogram of a chirp plus a tone burst
fs = 8000;
t = 0:1/fs:2;
x = chirp(t, 100, 2, 2500, 'quadratic');
burst = (t > 0.8 & t < 1.1) .* sin(2*pi*1200*t);
x = x + 0.6*burst + 0.05*randn(size(t));

%% Short-time Fourier transform
winLen = 256;
overlap = 192;
nfft = 512;
[s, f, tt] = spectrogram(x, hann(winLen), overlap, nfft, fs);

figure;
imagesc(tt, f, 20*log10(abs(s) + eps));
axis xy;
colormap turbo;
cb = colorbar;
cb.Label.String = 'dB';
caxis([-60 30]);
xlabel('time [s]'); ylabel('frequency [Hz]');
title('Quadratic chirp with 1.2 kHz burst');

%% Instantaneous peak frequency
[~, iPeak] = max(abs(s), [], 1);
hold on;
plot(tt, f(iPeak), 'w.', 'MarkerSize', 4);
hold off;
