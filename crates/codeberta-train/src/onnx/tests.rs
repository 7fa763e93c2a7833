use std::collections::HashSet;

use candle_core::Device;
use prost::Message;

use super::proto::{data_type, dimension, type_proto, ModelProto, ValueInfoProto};
use super::*;
use crate::model::{Preset, RobertaClassifier, RobertaConfig};

fn exported() -> (RobertaClassifier, ModelProto) {
    let config = RobertaConfig::preset(Preset::Tiny, 40, &["x", "y", "z"]);
    let model = RobertaClassifier::random(&config, &Device::Cpu, 0).unwrap();
    let bytes = onnx_bytes(&model).unwrap();
    (model, ModelProto::decode(bytes.as_slice()).unwrap())
}

fn signature(v: &ValueInfoProto) -> (String, i32, Vec<String>) {
    let Some(type_proto::Value::TensorType(t)) = v.r#type.as_ref().and_then(|t| t.value.clone())
    else {
        panic!("{} is not a tensor", v.name)
    };
    let dims = t
        .shape
        .unwrap()
        .dim
        .into_iter()
        .map(|d| match d.value {
            Some(dimension::Value::DimParam(p)) => p,
            Some(dimension::Value::DimValue(v)) => v.to_string(),
            None => "?".into(),
        })
        .collect();
    (v.name.clone(), t.elem_type.unwrap(), dims)
}

#[test]
fn header_and_signature() {
    let (_, model) = exported();
    assert_eq!(model.ir_version, 8);
    assert_eq!(model.opset_import.len(), 1);
    assert_eq!(model.opset_import[0].domain, "");
    assert_eq!(model.opset_import[0].version, 17);
    let graph = model.graph.unwrap();
    let inputs: Vec<_> = graph.input.iter().map(signature).collect();
    let ids_sig = |name: &str| {
        (
            name.to_string(),
            data_type::INT64,
            vec!["batch".to_string(), "sequence".to_string()],
        )
    };
    assert_eq!(inputs, vec![ids_sig(INPUT_IDS), ids_sig(ATTENTION_MASK)]);
    let outputs: Vec<_> = graph.output.iter().map(signature).collect();
    assert_eq!(
        outputs,
        vec![(
            LOGITS.to_string(),
            data_type::FLOAT,
            vec!["batch".to_string(), "3".to_string()]
        )]
    );
}

#[test]
fn graph_is_well_formed() {
    let (model, proto) = exported();
    let graph = proto.graph.unwrap();
    let mut defined: HashSet<String> = graph.input.iter().map(|v| v.name.clone()).collect();
    for init in &graph.initializer {
        assert!(
            defined.insert(init.name.clone()),
            "duplicate name {}",
            init.name
        );
    }
    // Nodes must come in topological order, each output defined once.
    for node in &graph.node {
        for input in &node.input {
            assert!(
                defined.contains(input),
                "{} reads undefined {input}",
                node.name
            );
        }
        for output in &node.output {
            assert!(defined.insert(output.clone()), "{output} defined twice");
        }
    }
    assert!(defined.contains(LOGITS));

    // Weights travel as little-endian f32, the linear ones transposed.
    let q = graph
        .initializer
        .iter()
        .find(|t| t.name == "roberta.encoder.layer.0.attention.self.query.weight.T")
        .unwrap();
    let w = model.layers[0]
        .attention
        .query
        .weight
        .to_vec2::<f32>()
        .unwrap();
    assert_eq!(q.dims, vec![64, 64]);
    let raw = q.raw_data.as_ref().unwrap();
    let at = |row: usize, col: usize| {
        let i = (row * 64 + col) * 4;
        f32::from_le_bytes([raw[i], raw[i + 1], raw[i + 2], raw[i + 3]])
    };
    assert_eq!(at(3, 5), w[5][3]);
    assert_eq!(at(0, 63), w[63][0]);

    let ops: HashSet<&str> = graph.node.iter().map(|n| n.op_type.as_str()).collect();
    for op in ["LayerNormalization", "Erf", "CumSum", "Softmax", "MatMul"] {
        assert!(ops.contains(op), "no {op} node");
    }
}
