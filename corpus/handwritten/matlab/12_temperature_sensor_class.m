classdef TemperatureSensor
    % TemperatureSensor  Value class holding a calibrated sensor reading series.

    properties
        Id (1,1) string = "unnamed"
        Offset (1,1) double = 0        % calibration offset in deg C
        Gain (1,1) double = 1
        Readings (:,1) double = []
        Timestamps (:,1) datetime = datetime.empty(0,1)
    end

    properties (Dependent)
        Calibrated
        Count
    end

    methods
        function obj = TemperatureSensor(id, offset, gain)
            if nargin >= 1, obj.Id = id; end
            if nargin >= 2, obj.Offset = offset; end
            if nargin >= 3, obj.Gain = gain; end
        end

        function obj = addReading(obj, value, when)
            if nargin < 3
                when = datetime('now');
            end
            obj.Readings(end+1, 1) = value;
            obj.Timestamps(end+1, 1) = when;
        end

        function c = get.Calibrated(obj)
            c = obj.Gain .* obj.Readings + obj.Offset;
        end

        function n = get.Count(obj)
            n = numel(obj.Readings);
        end

        function tt = toTimetable(obj)
            tt = timetable(obj.Timestamps, obj.Calibrated, 'VariableNames', {obj.Id});
        end

        function plot(obj, varargin)
            plot(obj.Timestamps, obj.Calibrated, varargin{:});
            ylabel('\circC');
            title(obj.Id, 'Interpreter', 'none');
        end
    end

    methods (Static)
        function obj = fromCsv(file)
            T = readtable(file);
            obj = TemperatureSensor(string(T.sensor{1}));
            obj.Readings = T.value;
            obj.Timestamps = datetime(T.time, 'InputFormat', 'yyyy-MM-dd HH:mm:ss');
        end
    end
end
