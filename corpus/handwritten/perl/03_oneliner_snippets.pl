# swap the first two columns of a tab separated file
perl -F'\t' -lane 'print join "\t", @F[1,0,2..$#F]' data.tsv

# in-place: bump every version string 1.2.3 -> 1.2.4
perl -pi -e 's/(\d+)\.(\d+)\.(\d+)/"$1.$2.".($3+1)/ge' VERSION

# sum the 5th column
perl -lane '$s += $F[4]; END { print $s }' report.txt
