function counts = count_words(filename)
%COUNT_WORDS Case-insensitive word counts using containers.Map.
%   counts = count_words('speech.txt');
%   keys(counts), values(counts)

    txt = lower(fileread(filename));
    words = regexp(txt, '[a-z'']+', 'match');

    counts = containers.Map('KeyType', 'char', 'ValueType', 'double');
    for i = 1:numel(words)
        w = words{i};
        if isKey(counts, w)
            counts(w) = counts(w) + 1;
        else
            counts(w) = 1;
        end
    end

    % print the top ten
    k = keys(counts);
    v = cell2mat(values(counts));
    [v, order] = sort(v, 'descend');
    k = k(order);
    for i = 1:min(10, numel(k))
        fprintf('%-15s %5d\n', k{i}, v(i));
    end
end
