classdef NewtonRaphsonTest < matlab.unittest.TestCase
    % Unit tests for newton_raphson.m
    %   results = runtests('NewtonRaphsonTest');

    properties (TestParameter)
        target = struct('two', 2, 'ten', 10, 'half', 0.5)
    end

    methods (Test)
        function cubeRoot(testCase, target)
            f  = @(x) x.^3 - target;
            df = @(x) 3*x.^2;
            r = newton_raphson(f, df, 1);
            testCase.verifyEqual(r, nthroot(target, 3), 'AbsTol', 1e-9);
        end

        function convergesQuickly(testCase)
            [~, iter] = newton_raphson(@(x) x.^2 - 2, @(x) 2*x, 1);
            testCase.verifyLessThanOrEqual(iter, 8);
        end

        function zeroDerivativeErrors(testCase)
            testCase.verifyError(@() newton_raphson(@(x) x.^2 + 1, @(x) 2*x, 0), ...
                'newton_raphson:zeroDerivative');
        end

        function warnsWithoutConvergence(testCase)
            testCase.verifyWarning(@() newton_raphson(@(x) x.^2 + 1, @(x) 2*x, 0.5, 'MaxIter', 5), ...
                'newton_raphson:noConvergence');
        end
    end
end
