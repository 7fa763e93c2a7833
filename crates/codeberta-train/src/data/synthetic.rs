//! Small generated corpora for tests and benchmarks: a few "languages" made
//! of their own keywords and punctuation around a shared pool of
//! identifiers, so a classifier must learn the keywords, not the names.

use std::path::Path;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::error::{Result, TrainError};

/// Labels [`write_synthetic_corpus`] knows how to write.
pub const SYNTHETIC_LABELS: [&str; 4] = ["python", "cpp", "java", "json"];

const NAMES: [&str; 16] = [
    "value", "count", "items", "result", "index", "buffer", "config", "total", "node", "path",
    "size", "name", "data", "left", "right", "cache",
];

fn line(label: &str, rng: &mut StdRng) -> String {
    let a = NAMES[rng.random_range(0..NAMES.len())];
    let b = NAMES[rng.random_range(0..NAMES.len())];
    let n: u32 = rng.random_range(0..100);
    let pick = rng.random_range(0..4);
    match label {
        "python" => match pick {
            0 => format!("def {a}_{b}(self, {b}):"),
            1 => format!("    return {a} + {n}"),
            2 => format!("import {a}"),
            _ => format!("    if {a} is None:\n        print({b})"),
        },
        "cpp" => match pick {
            0 => format!("#include <{a}.h>"),
            1 => format!("std::vector<int> {a}({n});"),
            2 => format!("int {a}_{b}(const {b}& x) {{ return x->{a}; }}"),
            _ => format!("template <typename T> void {a}(T* {b}) {{ delete {b}; }}"),
        },
        "java" => match pick {
            0 => format!("public class {a}{b} extends {b} {{"),
            1 => format!("    private static final int {a} = {n};"),
            2 => format!("    @Override public void {a}() {{ System.out.println({b}); }}"),
            _ => format!("    {a} = new ArrayList<String>();"),
        },
        _ => match pick {
            0 => format!("  \"{a}\": {n},"),
            1 => format!("  \"{a}\": \"{b}\","),
            2 => format!("  \"{a}\": [{n}, {n}],"),
            _ => format!("  \"{a}\": {{\"{b}\": true}},"),
        },
    }
}

/// Writes `per_label` files for each of `labels` (from [`SYNTHETIC_LABELS`])
/// under `dir/<label>/`. The same seed writes the same files.
pub fn write_synthetic_corpus(
    dir: &Path,
    labels: &[&str],
    per_label: usize,
    seed: u64,
) -> Result<()> {
    let mut rng = StdRng::seed_from_u64(seed);
    for label in labels {
        if !SYNTHETIC_LABELS.contains(label) {
            return Err(TrainError::Data(format!(
                "no synthetic generator for {label}"
            )));
        }
        let folder = dir.join(label);
        std::fs::create_dir_all(&folder)
            .map_err(|e| TrainError::io("cannot create corpus folder", &folder, e))?;
        for i in 0..per_label {
            let lines = rng.random_range(3..10);
            let mut text: Vec<String> = (0..lines).map(|_| line(label, &mut rng)).collect();
            if *label == "json" {
                text.insert(0, "{".into());
                text.push("  \"end\": 0\n}".into());
            }
            let path = folder.join(format!("file{i:03}.txt"));
            std::fs::write(&path, text.join("\n") + "\n")
                .map_err(|e| TrainError::io("cannot write corpus file", &path, e))?;
        }
    }
    Ok(())
}
