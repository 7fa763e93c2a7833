function sine_explorer
% SINE_EXPLORER  Small uifigure app to play with amplitude and frequency.

    fig = uifigure('Name', 'Sine explorer', 'Position', [200 200 640 420]);
    gl = uigridlayout(fig, [3 2]);
    gl.RowHeight = {'1x', 40, 40};
    gl.ColumnWidth = {120, '1x'};

    ax = uiaxes(gl);
    ax.Layout.Row = 1;
    ax.Layout.Column = [1 2];
    grid(ax, 'on');

    uilabel(gl, 'Text', 'Frequency (Hz)');
    fSlider = uislider(gl, 'Limits', [0.5 10], 'Value', 2);

    uilabel(gl, 'Text', 'Amplitude');
    aSlider = uislider(gl, 'Limits', [0 5], 'Value', 1);

    t = linspace(0, 2, 1000);
    h = plot(ax, t, zeros(size(t)), 'LineWidth', 1.5);
    ylim(ax, [-5 5]);

    fSlider.ValueChangingFcn = @(src, evt) redraw(evt.Value, aSlider.Value);
    aSlider.ValueChangingFcn = @(src, evt) redraw(fSlider.Value, evt.Value);
    redraw(fSlider.Value, aSlider.Value);

    function redraw(f, a)
        h.YData = a*sin(2*pi*f*t);
        title(ax, sprintf('%.2f \\cdot sin(2\\pi \\cdot %.2f t)', a, f));
    end
end
