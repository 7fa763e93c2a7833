function report = summarize_runs(runs)
% SUMMARIZE_RUNS  Summary statistics over an array of experiment runs.
%
%   runs is a struct array with fields:
%       .name       char
%       .duration   seconds (double)
%       .samples    vector of measurements
%       .ok         logical
%
%   report is a table sorted by mean value.

if isempty(runs)
    report = table();
    return
end

n = numel(runs);
names   = strings(n, 1);
means   = nan(n, 1);
stds    = nan(n, 1);
counts  = zeros(n, 1);
rates   = nan(n, 1);

for i = 1:n
    r = runs(i);
    names(i) = string(r.name);
    if ~r.ok || isempty(r.samples)
        continue
    end
    s = r.samples(~isnan(r.samples));
    counts(i) = numel(s);
    means(i)  = mean(s);
    stds(i)   = std(s);
    rates(i)  = counts(i) / max(r.duration, eps);
end

report = table(names, counts, means, stds, rates, ...
    'VariableNames', {'Run', 'N', 'Mean', 'Std', 'SamplesPerSec'});
report = sortrows(report, 'Mean', 'descend', 'MissingPlacement', 'last');

failed = names(~[runs.ok]);
if ~isempty(failed)
    warning('summarize_runs:failed', '%d run(s) failed: %s', numel(failed), strjoin(failed, ', '));
end
end
