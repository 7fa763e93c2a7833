#!/usr/bin/env perl
use strict;
use warnings;
use autodie;

# Joins two CSV files on a key column (simple CSV, no embedded commas).
# usage: csv_join.pl left.csv right.csv key_column

my ($left, $right, $key) = @ARGV;
die "usage: $0 LEFT RIGHT KEY\n" unless defined $key;

sub load {
    my ($file) = @_;
    open my $fh, '<', $file;
    chomp(my $header = <$fh>);
    my @cols = split /,/, $header;
    my %rows;
    while (my $line = <$fh>) {
        chomp $line;
        next unless length $line;
        my %r;
        @r{@cols} = split /,/, $line, -1;
        die "$file: no column '$key'\n" unless exists $r{$key};
        $rows{ $r{$key} } = \%r;
    }
    close $fh;
    return (\@cols, \%rows);
}

my ($lcols, $lrows) = load($left);
my ($rcols, $rrows) = load($right);

my @extra = grep { my $c = $_; !grep { $_ eq $c } @$lcols } @$rcols;
print join(',', @$lcols, @extra), "\n";

my ($matched, $unmatched) = (0, 0);
for my $k (sort keys %$lrows) {
    my $l = $lrows->{$k};
    my $r = $rrows->{$k};
    $r ? $matched++ : $unmatched++;
    print join(',', (map { $l->{$_} } @$lcols), (map { $r ? $r->{$_} // '' : '' } @extra)), "\n";
}
warn "$matched matched, $unmatched without partner\n";
