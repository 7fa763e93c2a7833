names = {'Oslo', 'Bergen', 'Trondheim'};
pops  = [709000 291000 212000];
for i = 1:numel(names)
    fprintf('%-10s %8d\n', names{i}, pops(i));
end
upperNames = upper(string(names))
