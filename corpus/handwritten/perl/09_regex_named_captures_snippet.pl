my $re = qr/^(?<key>[A-Z_]+)=(?<value>.*)$/;
while (my $line = <STDIN>) {
    chomp $line;
    next unless $line =~ $re;
    $env{ $+{key} } = $+{value} =~ s/^"|"$//gr;
}
