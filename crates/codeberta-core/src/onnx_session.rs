//! An ONNX Runtime session over a sequence-classifier graph: int64
//! `input_ids` and `attention_mask` of shape [batch, seq] in, float logits
//! [batch, labels] out.

use std::path::Path;
use std::sync::Mutex;

use ndarray::Array2;
use ort::session::builder::GraphOptimizationLevel;
use ort::session::Session;
use ort::value::TensorRef;

use crate::error::{CoreError, Result};
use crate::runtime;

fn ort_err<R>(e: ort::Error<R>) -> CoreError {
    CoreError::Inference(e.to_string())
}

/// A loaded classifier graph. `Session::run` needs `&mut`, so the session sits
/// behind a mutex; ONNX Runtime's own intra-op threads give the parallelism.
pub struct OnnxClassifier {
    session: Mutex<Session>,
    input_names: [String; 2],
    output_name: String,
}

impl std::fmt::Debug for OnnxClassifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OnnxClassifier")
            .field("input_names", &self.input_names)
            .field("output_name", &self.output_name)
            .finish()
    }
}

impl OnnxClassifier {
    /// Loads with the default names `input_ids`, `attention_mask` -> `logits`.
    pub fn load(path: &Path, intra_threads: usize) -> Result<Self> {
        Self::load_named(
            path,
            intra_threads,
            ["input_ids", "attention_mask"],
            "logits",
        )
    }

    /// Loads a graph and checks that it has exactly the named inputs and output.
    pub fn load_named(
        path: &Path,
        intra_threads: usize,
        input_names: [&str; 2],
        output_name: &str,
    ) -> Result<Self> {
        let env = runtime::environment()?;
        let bytes = std::fs::read(path).map_err(|source| CoreError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let session = Session::builder(env)
            .map_err(ort_err)?
            .with_optimization_level(GraphOptimizationLevel::All)
            .map_err(ort_err)?
            .with_intra_threads(intra_threads.max(1))
            .map_err(ort_err)?
            .with_inter_threads(1)
            .map_err(ort_err)?
            .commit_from_memory(&bytes)
            .map_err(|e| {
                CoreError::Inference(format!(
                    "{} is not a loadable ONNX model: {e}",
                    path.display()
                ))
            })?;
        let have_inputs: Vec<&str> = session.inputs().iter().map(|o| o.name()).collect();
        let mut want_inputs = input_names.to_vec();
        want_inputs.sort_unstable();
        let mut sorted_have = have_inputs.clone();
        sorted_have.sort_unstable();
        if sorted_have != want_inputs {
            return Err(CoreError::BundleMismatch {
                dir: path.to_path_buf(),
                detail: format!(
                    "the ONNX graph's inputs are {have_inputs:?}, expected {:?}",
                    input_names
                ),
            });
        }
        if !session.outputs().iter().any(|o| o.name() == output_name) {
            let outs: Vec<&str> = session.outputs().iter().map(|o| o.name()).collect();
            return Err(CoreError::BundleMismatch {
                dir: path.to_path_buf(),
                detail: format!("the ONNX graph has no output {output_name:?} (it has {outs:?})"),
            });
        }
        Ok(OnnxClassifier {
            session: Mutex::new(session),
            input_names: [input_names[0].to_string(), input_names[1].to_string()],
            output_name: output_name.to_string(),
        })
    }

    /// Logits for a padded batch.
    pub fn logits(
        &self,
        input_ids: &Array2<i64>,
        attention_mask: &Array2<i64>,
    ) -> Result<Array2<f32>> {
        if input_ids.dim() != attention_mask.dim() {
            return Err(CoreError::Inference(format!(
                "input_ids {:?} and attention_mask {:?} differ in shape",
                input_ids.dim(),
                attention_mask.dim()
            )));
        }
        let ids = TensorRef::from_array_view(input_ids.view()).map_err(ort_err)?;
        let mask = TensorRef::from_array_view(attention_mask.view()).map_err(ort_err)?;
        // A poisoned lock only means another thread panicked mid-run; the
        // session itself holds no partial state, so keep using it.
        let mut session = self.session.lock().unwrap_or_else(|p| p.into_inner());
        let outputs = session
            .run(ort::inputs![
                self.input_names[0].as_str() => ids,
                self.input_names[1].as_str() => mask,
            ])
            .map_err(ort_err)?;
        let out = outputs
            .get(self.output_name.as_str())
            .ok_or_else(|| CoreError::Inference(format!("no output {:?}", self.output_name)))?;
        let view = out.try_extract_array::<f32>().map_err(ort_err)?;
        let rows = input_ids.nrows();
        let view = view
            .into_dimensionality::<ndarray::Ix2>()
            .map_err(|e| CoreError::Inference(format!("logits are not 2-D: {e}")))?;
        if view.nrows() != rows {
            return Err(CoreError::Inference(format!(
                "logits have {} rows for a batch of {rows}",
                view.nrows()
            )));
        }
        Ok(view.to_owned())
    }
}
