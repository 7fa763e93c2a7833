sub slurp {
    my ($path) = @_;
    open my $fh, '<', $path or die "$path: $!";
    local $/;          # undef the record separator for this block only
    return scalar <$fh>;
}
