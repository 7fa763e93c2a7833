my $dna = 'AGCTTAGCTAGGCTA';
my %n = map { $_ => eval "\$dna =~ tr/$_//" } qw(A C G T);
printf "GC content: %.1f%%\n", 100 * ($n{G} + $n{C}) / length $dna;
(my $rev = reverse $dna) =~ tr/ACGT/TGCA/;
print "$rev\n";
