import java.awt.BorderLayout;
import java.awt.GridLayout;
import javax.swing.*;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/** Tiny temperature/length converter; written for a class demo. */
public class UnitConverter extends JFrame {

    private enum Unit {
        CELSIUS_TO_FAHRENHEIT("°C → °F") { double apply(double v) { return v * 9 / 5 + 32; } },
        FAHRENHEIT_TO_CELSIUS("°F → °C") { double apply(double v) { return (v - 32) * 5 / 9; } },
        KM_TO_MILES("km → mi") { double apply(double v) { return v * 0.621371; } },
        MILES_TO_KM("mi → km") { double apply(double v) { return v / 0.621371; } };

        final String label;
        Unit(String label) { this.label = label; }
        abstract double apply(double v);
        @Override public String toString() { return label; }
    }

    private final JTextField input = new JTextField(10);
    private final JComboBox<Unit> unitBox = new JComboBox<>(Unit.values());
    private final JLabel result = new JLabel(" ");

    public UnitConverter() {
        super("Converter");
        setDefaultCloseOperation(EXIT_ON_CLOSE);

        JPanel form = new JPanel(new GridLayout(3, 2, 6, 6));
        form.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        form.add(new JLabel("Value:"));
        form.add(input);
        form.add(new JLabel("Conversion:"));
        form.add(unitBox);
        form.add(new JLabel("Result:"));
        form.add(result);
        add(form, BorderLayout.CENTER);

        input.getDocument().addDocumentListener(new DocumentListener() {
            public void insertUpdate(DocumentEvent e) { recompute(); }
            public void removeUpdate(DocumentEvent e) { recompute(); }
            public void changedUpdate(DocumentEvent e) { recompute(); }
        });
        unitBox.addActionListener(e -> recompute());

        pack();
        setLocationRelativeTo(null);
    }

    private void recompute() {
        String text = input.getText().trim().replace(',', '.');
        if (text.isEmpty()) {
            result.setText(" ");
            return;
        }
        try {
            double v = Double.parseDouble(text);
            Unit u = (Unit) unitBox.getSelectedItem();
            result.setText(String.format("%.3f", u.apply(v)));
        } catch (NumberFormatException ex) {
            result.setText("not a number");
        }
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> new UnitConverter().setVisible(true));
    }
}
