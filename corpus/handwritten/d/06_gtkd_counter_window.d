module gui.counter;

import gtk.Main;
import gtk.MainWindow;
import gtk.Box;
import gtk.Button;
import gtk.Label;
import gtk.Entry;
import gtk.Widget;
import gtk.MessageDialog;
import gdk.Event;

import std.conv : to, ConvException;
import std.format : format;

class CounterWindow : MainWindow
{
    private int count;
    private Label display;
    private Entry stepEntry;

    this()
    {
        super("GtkD Counter");
        setDefaultSize(320, 180);
        setBorderWidth(12);

        auto vbox = new Box(Orientation.VERTICAL, 8);

        display = new Label("");
        display.setMarkup(markupFor(0));
        vbox.packStart(display, true, true, 0);

        auto stepRow = new Box(Orientation.HORIZONTAL, 6);
        stepRow.packStart(new Label("Step:"), false, false, 0);
        stepEntry = new Entry("1");
        stepEntry.setWidthChars(5);
        stepRow.packStart(stepEntry, false, false, 0);
        vbox.packStart(stepRow, false, false, 0);

        auto buttons = new Box(Orientation.HORIZONTAL, 6);
        auto dec = new Button("−");
        auto inc = new Button("+");
        auto reset = new Button("Reset");

        dec.addOnClicked(delegate void(Button b) { bump(-step()); });
        inc.addOnClicked(delegate void(Button b) { bump(step()); });
        reset.addOnClicked((Button b) { count = 0; refresh(); });

        buttons.packStart(dec, true, true, 0);
        buttons.packStart(inc, true, true, 0);
        buttons.packEnd(reset, false, false, 0);
        vbox.packStart(buttons, false, false, 0);

        add(vbox);
        addOnDelete(&onDelete);
        showAll();
    }

    private int step()
    {
        try
            return stepEntry.getText().to!int;
        catch (ConvException)
        {
            auto dlg = new MessageDialog(this, DialogFlags.MODAL, MessageType.WARNING,
                ButtonsType.OK, "Step must be a whole number");
            dlg.run();
            dlg.destroy();
            stepEntry.setText("1");
            return 1;
        }
    }

    private void bump(int by)
    {
        count += by;
        refresh();
    }

    private void refresh()
    {
        display.setMarkup(markupFor(count));
    }

    private static string markupFor(int n)
    {
        immutable colour = n < 0 ? "#c0392b" : n > 0 ? "#27ae60" : "#555555";
        return format!`<span size="xx-large" foreground="%s"><b>%d</b></span>`(colour, n);
    }

    private bool onDelete(Event e, Widget w)
    {
        Main.quit();
        return false;
    }
}

void main(string[] args)
{
    Main.init(args);
    new CounterWindow();
    Main.run();
}
