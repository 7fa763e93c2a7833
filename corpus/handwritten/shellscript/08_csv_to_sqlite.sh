#!/bin/sh
db=${1:-data.db}
shift
for csv in "$@"; do
    table=$(basename "$csv" .csv | tr -c '[:alnum:]\n' '_')
    echo "importing $csv into $table"
    sqlite3 "$db" <<EOF
.mode csv
.import '$csv' $table
EOF
done
sqlite3 "$db" '.tables'
