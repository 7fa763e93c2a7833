Y = fft(x);
L = numel(x);
P2 = abs(Y/L);
P1 = P2(1:floor(L/2)+1);
P1(2:end-1) = 2*P1(2:end-1);
f = fs*(0:floor(L/2))/L;
plot(f, P1); xlabel('f (Hz)'); ylabel('|P1(f)|');
