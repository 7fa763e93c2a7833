classdef (Abstract) Shape < matlab.mixin.Heterogeneous
    % Abstract base class; subclasses Circle and Rectangle are defined
    % in their own files. Heterogeneous so that [c, r] arrays work.

    properties
        Name (1,1) string = ""
        Color = [0 0.447 0.741]
    end

    methods (Abstract)
        a = area(obj)
        p = perimeter(obj)
        h = draw(obj, ax)
    end

    methods (Sealed)
        function total = totalArea(objs)
            total = 0;
            for k = 1:numel(objs)
                total = total + objs(k).area();
            end
        end

        function T = summary(objs)
            n = numel(objs);
            names = strings(n, 1);
            areas = zeros(n, 1);
            perims = zeros(n, 1);
            for k = 1:n
                names(k) = objs(k).Name;
                areas(k) = objs(k).area();
                perims(k) = objs(k).perimeter();
            end
            T = table(names, areas, perims, 'VariableNames', {'Name', 'Area', 'Perimeter'});
        end
    end

    methods (Static, Sealed, Access = protected)
        function obj = getDefaultScalarElement()
            obj = Circle(1);
        end
    end
end
