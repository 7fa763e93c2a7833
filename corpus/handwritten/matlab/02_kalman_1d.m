function [xhat, P] = kalman_1d(z, q, r, x0, p0)
%KALMAN_1D Scalar Kalman filter for a constant-level signal.
%   [XHAT, P] = KALMAN_1D(Z, Q, R) filters the measurements Z with process
%   noise variance Q and measurement noise variance R.
%   [XHAT, P] = KALMAN_1D(Z, Q, R, X0, P0) also sets the initial estimate.
%
%   Example:
%       z = 1.5 + 0.2*randn(1, 200);
%       xhat = kalman_1d(z, 1e-5, 0.04);
%       plot(1:200, z, '.', 1:200, xhat, '-')

    arguments
        z (1,:) double
        q (1,1) double {mustBeNonnegative}
        r (1,1) double {mustBePositive}
        x0 (1,1) double = z(1)
        p0 (1,1) double = 1
    end

    n = numel(z);
    xhat = zeros(1, n);
    P = zeros(1, n);

    x = x0;
    p = p0;
    for k = 1:n
        % predict
        p = p + q;
        % update
        K = p / (p + r);
        x = x + K * (z(k) - x);
        p = (1 - K) * p;

        xhat(k) = x;
        P(k) = p;
    end
end
