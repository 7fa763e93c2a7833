//! Pictures of a run, as hand-written SVG: training curves and the
//! confusion matrix. Plain SVG opens in any browser and diffs as text.

use crate::metrics::{ClassificationReport, EpochRecord};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

struct Series<'a> {
    name: &'a str,
    color: &'a str,
    points: Vec<(f64, f64)>,
}

/// One line chart with axes, ticks and a legend.
fn chart(x0: f64, y0: f64, w: f64, h: f64, title: &str, series: &[Series]) -> String {
    let all: Vec<(f64, f64)> = series
        .iter()
        .flat_map(|s| s.points.iter().copied())
        .collect();
    let (xmin, xmax) = all
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (ymin, ymax) = all
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let (xmin, xmax) = if all.is_empty() {
        (0.0, 1.0)
    } else {
        (xmin, xmax)
    };
    let (ymin, ymax) = if all.is_empty() {
        (0.0, 1.0)
    } else {
        (ymin.min(0.0), ymax)
    };
    let xspan = if xmax > xmin { xmax - xmin } else { 1.0 };
    let yspan = if ymax > ymin { ymax - ymin } else { 1.0 };
    let px = |x: f64| x0 + 50.0 + (x - xmin) / xspan * (w - 70.0);
    let py = |y: f64| y0 + h - 30.0 - (y - ymin) / yspan * (h - 60.0);
    let mut s = format!(
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"14\" font-weight=\"bold\">{}</text>\n",
        x0 + 50.0,
        y0 + 18.0,
        esc(title)
    );
    s += &format!(
        "<line x1=\"{0:.1}\" y1=\"{1:.1}\" x2=\"{2:.1}\" y2=\"{1:.1}\" stroke=\"#333\"/>\n\
         <line x1=\"{0:.1}\" y1=\"{1:.1}\" x2=\"{0:.1}\" y2=\"{3:.1}\" stroke=\"#333\"/>\n",
        px(xmin),
        py(ymin),
        px(xmax),
        py(ymax)
    );
    for i in 0..=4 {
        let y = ymin + yspan * i as f64 / 4.0;
        s += &format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\">{:.3}</text>\n\
             <line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#ddd\"/>\n",
            px(xmin) - 4.0,
            py(y) + 3.0,
            y,
            px(xmin),
            py(y),
            px(xmax),
            py(y)
        );
    }
    let mut xs: Vec<f64> = all.iter().map(|p| p.0).collect();
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    for x in xs {
        s += &format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\">{x}</text>\n",
            px(x),
            py(ymin) + 14.0
        );
    }
    for (k, se) in series.iter().enumerate() {
        let pts: Vec<String> = se
            .points
            .iter()
            .map(|&(x, y)| format!("{:.1},{:.1}", px(x), py(y)))
            .collect();
        s += &format!(
            "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\" points=\"{}\"/>\n",
            se.color,
            pts.join(" ")
        );
        for &(x, y) in &se.points {
            s += &format!(
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{}\"/>\n",
                px(x),
                py(y),
                se.color
            );
        }
        let ly = y0 + 34.0 + 14.0 * k as f64;
        s += &format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"10\" height=\"3\" fill=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{}</text>\n",
            x0 + w - 130.0,
            ly - 4.0,
            se.color,
            x0 + w - 115.0,
            ly,
            esc(se.name)
        );
    }
    s
}

/// Loss and accuracy per epoch, training and validation.
pub fn training_curves_svg(history: &[EpochRecord]) -> String {
    let ep = |r: &EpochRecord| r.epoch as f64;
    let loss = [
        Series {
            name: "train loss",
            color: "#1f77b4",
            points: history.iter().map(|r| (ep(r), r.train_loss)).collect(),
        },
        Series {
            name: "validation loss",
            color: "#d62728",
            points: history
                .iter()
                .filter_map(|r| r.val_loss.map(|v| (ep(r), v)))
                .collect(),
        },
    ];
    let acc = [
        Series {
            name: "train accuracy",
            color: "#1f77b4",
            points: history.iter().map(|r| (ep(r), r.train_accuracy)).collect(),
        },
        Series {
            name: "validation accuracy",
            color: "#d62728",
            points: history
                .iter()
                .filter_map(|r| r.val_accuracy.map(|v| (ep(r), v)))
                .collect(),
        },
    ];
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"340\" \
         font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         {}{}<text x=\"450\" y=\"334\" font-size=\"11\" text-anchor=\"middle\">epoch</text>\n</svg>\n",
        chart(0.0, 0.0, 450.0, 320.0, "Loss", &loss),
        chart(450.0, 0.0, 450.0, 320.0, "Accuracy", &acc)
    )
}

/// Heatmap of row-normalised counts (rows: true label), with the counts written in.
pub fn confusion_svg(report: &ClassificationReport, title: &str) -> String {
    let n = report.labels.len().max(1);
    let cell = (480.0 / n as f64).clamp(18.0, 60.0);
    let label_w = 110.0;
    let top = 130.0;
    let width = label_w + cell * n as f64 + 20.0;
    let height = top + cell * n as f64 + 40.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" \
         font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         <text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">{}</text>\n\
         <text x=\"10\" y=\"38\" font-size=\"11\">rows: true label, columns: predicted; \
         accuracy {:.4}, macro-F1 {:.4}</text>\n",
        esc(title),
        report.accuracy,
        report.macro_f1
    );
    let font = (cell * 0.35).clamp(8.0, 13.0);
    for (j, l) in report.labels.iter().enumerate() {
        let x = label_w + cell * (j as f64 + 0.5);
        s += &format!(
            "<text transform=\"translate({x:.1},{:.1}) rotate(-60)\" font-size=\"{font:.0}\">{}</text>\n",
            top - 6.0,
            esc(l)
        );
    }
    for (i, row) in report.confusion.iter().enumerate() {
        let y = top + cell * i as f64;
        s += &format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{font:.0}\" text-anchor=\"end\">{}</text>\n",
            label_w - 6.0,
            y + cell * 0.6,
            esc(&report.labels[i])
        );
        let total: usize = row.iter().sum();
        for (j, &count) in row.iter().enumerate() {
            let frac = if total == 0 {
                0.0
            } else {
                count as f64 / total as f64
            };
            // White to dark blue.
            let shade = |full: f64| (255.0 - (255.0 - full) * frac).round() as u8;
            let (r, g, b) = (shade(8.0), shade(48.0), shade(107.0));
            let x = label_w + cell * j as f64;
            let text_color = if frac > 0.5 { "white" } else { "black" };
            s += &format!(
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{cell:.1}\" height=\"{cell:.1}\" \
                 fill=\"rgb({r},{g},{b})\" stroke=\"#ccc\"><title>{} as {}: {count}</title></rect>\n",
                esc(&report.labels[i]),
                esc(&report.labels[j])
            );
            if count > 0 {
                s += &format!(
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{font:.0}\" text-anchor=\"middle\" \
                     fill=\"{text_color}\">{count}</text>\n",
                    x + cell / 2.0,
                    y + cell * 0.6
                );
            }
        }
    }
    s += "</svg>\n";
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svgs_are_well_formed_and_carry_the_numbers() {
        let labels = vec!["python".to_string(), "c<x>".to_string()];
        let r = ClassificationReport::new(&labels, &[0, 0, 1], &[0, 1, 1]);
        let svg = confusion_svg(&r, "validation");
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("c&lt;x&gt;") && !svg.contains("c<x>"));
        assert_eq!(svg.matches("<rect x=").count(), 4);
        let history: Vec<EpochRecord> = (1..=3)
            .map(|e| EpochRecord {
                epoch: e,
                train_loss: 1.0 / e as f64,
                train_accuracy: 0.3 * e as f64,
                val_loss: Some(1.2 / e as f64),
                val_accuracy: Some(0.25 * e as f64),
                val_macro_f1: None,
                learning_rate: 1e-3,
                seconds: 1.0,
                train_samples_per_second: 10.0,
            })
            .collect();
        let curves = training_curves_svg(&history);
        assert_eq!(curves.matches("<polyline").count(), 4);
        assert_eq!(curves.matches("<circle").count(), 12);
    }
}
