A = magic(4);
b = (1:4)';
x = A \ b;            % least squares since A is singular
fprintf('residual norm: %g\n', norm(A*x - b));
[V, D] = eig(A);
disp(diag(D).');
