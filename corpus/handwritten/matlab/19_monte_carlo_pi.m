function piEst = monte_carlo_pi(nSamples, useParallel)
% Estimate pi by sampling points in the unit square.
    if nargin < 2
        useParallel = false;
    end
    chunk = 1e6;
    nChunks = ceil(nSamples / chunk);
    hits = zeros(1, nChunks);
    if useParallel
        parfor c = 1:nChunks
            hits(c) = countHits(chunk);
        end
    else
        for c = 1:nChunks
            hits(c) = countHits(chunk);
        end
    end
    piEst = 4 * sum(hits) / (nChunks * chunk);
end

function h = countHits(n)
    p = rand(n, 2);
    h = nnz(sum(p.^2, 2) <= 1);
end
