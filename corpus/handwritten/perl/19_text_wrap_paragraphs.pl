#!/usr/bin/perl
use strict;
use warnings;

# Re-wraps paragraphs of plain text to a given width, keeping
# indented blocks (code) and list markers intact.

my $width = 72;
if (@ARGV && $ARGV[0] =~ /^-w(\d+)$/) {
    $width = $1;
    shift;
}

local $/ = "";     # paragraph mode
while (my $para = <>) {
    if ($para =~ /^(?: {4}|\t)/m) {
        print $para;
        next;
    }
    my ($marker) = $para =~ /^(\s*(?:[-*+]|\d+[.)])\s+)/;
    $marker //= '';
    my $indent = ' ' x length $marker;
    (my $text = $para) =~ s/^\Q$marker\E//;
    my @words = split ' ', $text;

    my $line = $marker;
    my @out;
    for my $w (@words) {
        if (length($line) + length($w) + 1 > $width && $line =~ /\S/ && $line ne $marker) {
            push @out, $line;
            $line = $indent;
        }
        $line .= ($line =~ /\S$/ ? ' ' : '') . $w;
    }
    push @out, $line if $line =~ /\S/;
    print join("\n", @out), "\n\n";
}
