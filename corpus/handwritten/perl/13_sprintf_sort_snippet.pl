my %size = map { $_ => -s $_ } glob '*.log';
for my $f (sort { $size{$b} <=> $size{$a} } keys %size) {
    printf "%8.1f KiB  %s\n", $size{$f} / 1024, $f;
}
