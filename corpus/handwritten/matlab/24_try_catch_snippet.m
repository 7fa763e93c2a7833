try
    cfg = jsondecode(fileread('config.json'));
catch ME
    warning('config:load', 'Using defaults (%s)', ME.message);
    cfg = struct('rate', 100, 'channels', 2);
end
