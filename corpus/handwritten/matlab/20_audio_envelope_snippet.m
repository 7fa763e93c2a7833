[y, fs] = audioread('clap.wav');
env = abs(hilbert(y(:, 1)));
env = movmax(env, round(0.01*fs));
onsets = find(diff(env > 0.3*max(env)) == 1) / fs
