# The default model's transformer run, shared by models/build-default.sh (any
# machine) and tools/cuda/default-transformer.sh (a GPU machine): tokenizer
# and tiny RoBERTa from scratch on DATA, validated on VAL, ended by its time
# budget if its epochs do not end it first.
#   source models/transformer-run.sh
#   train_transformer BIN DATA VAL OUT DEVICE MAX_MINUTES [--resume]
# With --resume it continues the run in OUT/checkpoint, on the same
# schedule, when an earlier budget ended it before its last epoch.
train_transformer() {
  "$1" train --data "$2" --validation-data "$3" --out "$4" --device "$5" --max-minutes "$6" \
    --init scratch --arch tiny --vocab-size 8192 --max-length 128 --batch-size 256 \
    --epochs 8 --learning-rate 1.4e-3 --warmup-ratio 0.05 --freeze-base-model false \
    --skip-license-header true --snippet-windows 4 --short-windows 8 \
    --early-stopping-patience 3 --precision f32 --seed 42 --log-every 400 "${@:7}"
}
