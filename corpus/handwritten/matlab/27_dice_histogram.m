% Distribution of the sum of three dice, simulated vs exact
N = 1e5;
rolls = randi(6, N, 3);
s = sum(rolls, 2);

% exact distribution by convolution
die = ones(1, 6)/6;
p = conv(conv(die, die), die);     % support 3..18

figure;
histogram(s, 2.5:1:18.5, 'Normalization', 'probability', 'FaceAlpha', 0.6);
hold on;
stem(3:18, p, 'filled', 'r');
hold off;
xlabel('sum'); ylabel('probability');
legend('simulated', 'exact');
title(sprintf('%d rolls of 3d6', N));
